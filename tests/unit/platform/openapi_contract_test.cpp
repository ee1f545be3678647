// platform/openapi.json and the server describe the same API: every route is documented, every
// documented operation exists, and the error codes are the same closed list.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "platform/api/api_error.hpp"
#include "tests/support/in_process_platform.hpp"
#include "tests/support/openapi_validator.hpp"

namespace nanhai::test {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

TEST(OpenApiContract, EveryRouteIsDocumented) {
    InProcessPlatform p;
    const auto& doc = OpenApiValidator::repository().document();
    for (const auto& route : p.platform().router().routes()) {
        ASSERT_TRUE(doc["paths"].contains(route.pattern)) << route.pattern << " is not documented";
        EXPECT_TRUE(doc["paths"][route.pattern].contains(lower(route.method)))
            << route.method << " " << route.pattern << " is not documented";
    }
}

TEST(OpenApiContract, EveryDocumentedOperationExists) {
    InProcessPlatform p;
    std::set<std::string> served;
    for (const auto& route : p.platform().router().routes())
        served.insert(lower(route.method) + " " + route.pattern);
    const auto& doc = OpenApiValidator::repository().document();
    for (const auto& [path, ops] : doc["paths"].items())
        for (const auto& [method, _] : ops.items())
            EXPECT_TRUE(served.count(method + " " + path)) << method << " " << path
                                                           << " is documented but not served";
}

TEST(OpenApiContract, CreatingPostsDocumentTheirIdempotencyKey) {
    InProcessPlatform p;
    const auto& doc = OpenApiValidator::repository().document();
    for (const auto& route : p.platform().router().routes()) {
        if (!route.creates) continue;
        const auto& op = doc["paths"][route.pattern]["post"];
        auto params = op.value("parameters", nlohmann::json::array());
        bool documented = std::any_of(params.begin(), params.end(), [](const nlohmann::json& param) {
            return param.value("$ref", "") == "#/components/parameters/IdempotencyKey";
        });
        EXPECT_TRUE(documented) << route.pattern << " needs the IdempotencyKey parameter";
    }
}

TEST(OpenApiContract, ErrorCodesAreTheSameClosedList) {
    const auto& doc = OpenApiValidator::repository().document();
    std::set<std::string> documented;
    for (const auto& c : doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]
                            ["code"]["enum"])
        documented.insert(c.get<std::string>());
    std::set<std::string> served;
    for (const auto& e : platform::all_error_codes()) served.insert(std::string{e.name});
    EXPECT_EQ(documented, served);
}

TEST(OpenApiContract, TheValidatorCatchesAWrongBody) {
    const auto& v = OpenApiValidator::repository();
    EXPECT_TRUE(v.check_response("GET", "/api/v1/health", 200,
                                 {{"status", "ok"}, {"time", "2026-12-01T09:00:00+08:00"},
                                  {"schema_version", 1}, {"api_version", "v1"}}).empty());
    EXPECT_FALSE(v.check_response("GET", "/api/v1/health", 200, {{"status", "ok"}}).empty());
    EXPECT_FALSE(v.check_response("GET", "/api/v1/health", 200,
                                  {{"status", "fine"}, {"time", "2026-12-01T09:00:00+08:00"},
                                   {"schema_version", 1}, {"api_version", "v1"}}).empty());
    EXPECT_FALSE(v.check_response("GET", "/api/v1/nowhere", 200, nlohmann::json::object()).empty());
}

}  // namespace
}  // namespace nanhai::test
