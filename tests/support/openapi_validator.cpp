#include "tests/support/openapi_validator.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <stdexcept>

namespace nanhai::test {
namespace {

std::vector<std::string> split(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        if (end > start) parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool template_matches(const std::string& tmpl, const std::string& path) {
    auto t = split(tmpl), p = split(path);
    if (t.size() != p.size()) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (!(t[i].front() == '{' && t[i].back() == '}') && t[i] != p[i]) return false;
    return true;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool type_matches(const std::string& type, const nlohmann::json& v) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    return false;
}

}  // namespace

OpenApiValidator::OpenApiValidator(nlohmann::json document) : doc_(std::move(document)) {}

const OpenApiValidator& OpenApiValidator::repository() {
    static const OpenApiValidator validator = [] {
        std::ifstream in{std::string{KIOSK_SOURCE_DIR} + "/platform/openapi.json"};
        if (!in) throw std::runtime_error("cannot read platform/openapi.json");
        return OpenApiValidator{nlohmann::json::parse(in)};
    }();
    return validator;
}

std::optional<std::string> OpenApiValidator::find_path(const std::string& concrete) const {
    // Literal paths win over templated ones ("/sessions/current" before "/sessions/{id}").
    std::optional<std::string> templated;
    for (const auto& [tmpl, _] : doc_["paths"].items()) {
        if (tmpl == concrete) return tmpl;
        if (!templated && template_matches(tmpl, concrete)) templated = tmpl;
    }
    return templated;
}

bool OpenApiValidator::has_operation(const std::string& method, const std::string& tmpl) const {
    return doc_["paths"].contains(tmpl) && doc_["paths"][tmpl].contains(lower(method));
}

const nlohmann::json& OpenApiValidator::resolve(const nlohmann::json& schema) const {
    if (!schema.is_object() || !schema.contains("$ref")) return schema;
    auto ref = schema["$ref"].get<std::string>();
    const std::string prefix = "#/components/schemas/";
    if (ref.rfind(prefix, 0) != 0) throw std::runtime_error("unsupported $ref " + ref);
    return resolve(doc_["components"]["schemas"].at(ref.substr(prefix.size())));
}

std::vector<std::string> OpenApiValidator::check(const nlohmann::json& raw,
                                                 const nlohmann::json& v,
                                                 const std::string& where) const {
    const auto& s = resolve(raw);
    std::vector<std::string> out;
    auto here = where.empty() ? std::string{"/"} : where;
    if (v.is_null() && s.value("nullable", false)) return out;
    if (s.contains("oneOf")) {
        int matches = 0;
        for (const auto& alt : s["oneOf"]) matches += check(alt, v, where).empty() ? 1 : 0;
        if (matches != 1) out.push_back(here + ": matches " + std::to_string(matches) + " of oneOf");
        return out;
    }
    if (s.contains("type") && !type_matches(s["type"], v)) {
        out.push_back(here + ": expected " + s["type"].get<std::string>() + ", got " + v.dump());
        return out;
    }
    if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), v) == s["enum"].end())
        out.push_back(here + ": " + v.dump() + " is not in the enum");
    if (v.is_number() && s.contains("minimum") && v.get<double>() < s["minimum"].get<double>())
        out.push_back(here + ": below minimum");
    if (v.is_number() && s.contains("maximum") && v.get<double>() > s["maximum"].get<double>())
        out.push_back(here + ": above maximum");
    if (v.is_string() && s.contains("pattern") &&
        !std::regex_search(v.get<std::string>(), std::regex{s["pattern"].get<std::string>()}))
        out.push_back(here + ": " + v.dump() + " does not match " + s["pattern"].get<std::string>());
    if (v.is_object()) {
        for (const auto& r : s.value("required", nlohmann::json::array()))
            if (!v.contains(r.get<std::string>()))
                out.push_back(here + ": missing required " + r.get<std::string>());
        const auto props = s.value("properties", nlohmann::json::object());
        for (const auto& [k, item] : v.items()) {
            if (props.contains(k)) {
                auto sub = check(props[k], item, where + "/" + k);
                out.insert(out.end(), sub.begin(), sub.end());
            } else if (s.contains("additionalProperties") && s["additionalProperties"].is_boolean() &&
                       !s["additionalProperties"].get<bool>()) {
                out.push_back(here + ": undocumented property " + k);
            } else if (s.contains("additionalProperties") && s["additionalProperties"].is_object()) {
                auto sub = check(s["additionalProperties"], item, where + "/" + k);
                out.insert(out.end(), sub.begin(), sub.end());
            }
        }
    }
    if (v.is_array() && s.contains("items")) {
        for (std::size_t i = 0; i < v.size(); ++i) {
            auto sub = check(s["items"], v[i], where + "/" + std::to_string(i));
            out.insert(out.end(), sub.begin(), sub.end());
        }
    }
    return out;
}

std::vector<std::string> OpenApiValidator::check_response(const std::string& method,
                                                          const std::string& path, int status,
                                                          const nlohmann::json& body) const {
    auto tmpl = find_path(path);
    if (!tmpl) return {"no path in openapi.json matches " + path};
    if (!has_operation(method, *tmpl)) return {"openapi.json has no " + method + " " + *tmpl};
    const auto& responses = doc_["paths"][*tmpl][lower(method)]["responses"];
    std::string code = std::to_string(status);
    const nlohmann::json* response = nullptr;
    if (responses.contains(code)) response = &responses[code];
    else if (status >= 400 && responses.contains("default")) response = &responses["default"];
    if (!response) return {method + " " + *tmpl + " does not document status " + code};
    const auto& resolved = response->contains("$ref")
        ? doc_["components"]["responses"][(*response)["$ref"].get<std::string>().substr(23)]
        : *response;
    if (!resolved.contains("content")) return {};
    return check(resolved["content"]["application/json"]["schema"], body);
}

}  // namespace nanhai::test
