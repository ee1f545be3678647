// Holds the server to platform/openapi.json: finds the operation for a method and concrete path,
// and checks a response body against the schema documented for its status. Supports the subset
// of JSON Schema the document uses: type (with nullable), properties, required,
// additionalProperties: false, items, enum, $ref, oneOf, minimum/maximum, pattern.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace nanhai::test {

class OpenApiValidator {
public:
    explicit OpenApiValidator(nlohmann::json document);
    static const OpenApiValidator& repository();  // platform/openapi.json of this checkout

    // The path template ("/api/v1/cases/{code}") that matches, if any.
    std::optional<std::string> find_path(const std::string& concrete_path) const;
    bool has_operation(const std::string& method, const std::string& path_template) const;
    // Empty when valid; otherwise one message per problem, with a JSON pointer.
    std::vector<std::string> check_response(const std::string& method, const std::string& path,
                                            int status, const nlohmann::json& body) const;
    std::vector<std::string> check(const nlohmann::json& schema, const nlohmann::json& value,
                                   const std::string& where = "") const;
    const nlohmann::json& document() const { return doc_; }

private:
    const nlohmann::json& resolve(const nlohmann::json& schema) const;
    nlohmann::json doc_;
};

}  // namespace nanhai::test
