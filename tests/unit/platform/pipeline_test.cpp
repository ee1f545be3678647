// The request pipeline: limits, JSON, routing, terminal auth and idempotency, whatever the route.
#include <gtest/gtest.h>

#include "tests/support/in_process_platform.hpp"
#include "tests/support/platform_test_helpers.hpp"

namespace nanhai::test {
namespace {

const nlohmann::json kCitizenCard{
    {"method", "id_card"},
    {"id_card", {{"card_type", "citizen"}, {"id_number", "11010519491231002X"},
                 {"name", "张三"}, {"valid_to", "2036-01-01"}}}};

std::string code_of(const platform::HttpResponse& r) { return error_code_of(r); }

std::int64_t count(InProcessPlatform& p, const std::string& sql) { return count_rows(p.db(), sql); }

TEST(Pipeline, MalformedJsonIsA400AndWritesNothing) {
    InProcessPlatform p;
    auto r = p.call_raw("POST", "/api/v1/sessions", "{\"method\": \"id_card\",", "application/json");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(code_of(r), "malformed_json");
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM sessions"), 0);
}

TEST(Pipeline, BodyMustBeAJsonObject) {
    InProcessPlatform p;
    EXPECT_EQ(code_of(p.call_raw("POST", "/api/v1/sessions", "[1,2]", "application/json")),
              "malformed_json");
    EXPECT_EQ(code_of(p.call_raw("POST", "/api/v1/sessions", "\"x\"", "application/json")),
              "malformed_json");
}

TEST(Pipeline, InvalidUtf8IsMalformed) {
    InProcessPlatform p;
    auto r = p.call_raw("POST", "/api/v1/sessions", "{\"method\": \"\xff\xfe\"}", "application/json");
    EXPECT_EQ(code_of(r), "malformed_json");
}

TEST(Pipeline, WrongContentTypeIs415) {
    InProcessPlatform p;
    auto r = p.call_raw("POST", "/api/v1/sessions", "method=id_card", "application/x-www-form-urlencoded");
    EXPECT_EQ(r.status, 415);
}

TEST(Pipeline, OversizedBodyIs413) {
    InProcessPlatform p;
    std::string big = "{\"method\": \"" + std::string(70 * 1024, 'a') + "\"}";
    auto r = p.call_raw("POST", "/api/v1/sessions", big, "application/json");
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(code_of(r), "payload_too_large");
}

TEST(Pipeline, WrongTypesNameTheField) {
    InProcessPlatform p;
    auto r = p.call("POST", "/api/v1/sessions", {{"method", 3}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(code_of(r), "validation_failed");
    EXPECT_EQ(r.body["error"]["details"]["field"], "method");
    auto missing = p.call("POST", "/api/v1/sessions", {{"method", "id_card"}});
    EXPECT_EQ(missing.body["error"]["details"]["field"], "id_card");
}

TEST(Pipeline, UnknownRouteAndMethod) {
    InProcessPlatform p;
    EXPECT_EQ(p.call("GET", "/api/v1/nothing").status, 404);
    EXPECT_EQ(p.call("GET", "/api/v2/health").status, 404);
    EXPECT_EQ(p.call("PATCH", "/api/v1/health").status, 405);
}

TEST(Pipeline, EveryErrorHasBothLanguagesAndDetails) {
    InProcessPlatform p;
    auto r = p.call("GET", "/api/v1/nothing");
    const auto& e = r.body["error"];
    EXPECT_FALSE(e["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(e["message_en"].get<std::string>().empty());
    EXPECT_TRUE(e["details"].is_object());
}

TEST(Pipeline, UnknownTerminalIsRefused) {
    InProcessPlatform p;
    p.use_terminal("NH-KIOSK-0001", "not-the-key");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", kCitizenCard)), "terminal_unknown");
    p.use_terminal("NH-KIOSK-4040", "dev-only-kiosk-key-0001");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", kCitizenCard)), "terminal_unknown");
}

TEST(Pipeline, CreatingPostsNeedAnIdempotencyKey) {
    InProcessPlatform p;
    auto r = p.call("POST", "/api/v1/sessions", kCitizenCard, std::string{});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(code_of(r), "idempotency_key_required");
}

TEST(Pipeline, ARetryWithTheSameKeyReplaysAndCreatesNothingNew) {
    InProcessPlatform p;
    auto first = p.call("POST", "/api/v1/sessions", kCitizenCard, "key-1");
    auto again = p.call("POST", "/api/v1/sessions", kCitizenCard, "key-1");
    ASSERT_EQ(first.status, 201);
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(first.body["token"], again.body["token"]);
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM sessions"), 1);
}

TEST(Pipeline, AKeyReusedForAnotherRequestIsRefused) {
    InProcessPlatform p;
    ASSERT_EQ(p.call("POST", "/api/v1/sessions", kCitizenCard, "key-1").status, 201);
    auto other = kCitizenCard;
    other["id_card"]["name"] = "李四";
    auto r = p.call("POST", "/api/v1/sessions", other, "key-1");
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(code_of(r), "idempotency_key_reused");
}

TEST(Pipeline, KeysAreScopedToTheirTerminal) {
    InProcessPlatform p;
    ASSERT_EQ(p.call("POST", "/api/v1/sessions", kCitizenCard, "key-1").status, 201);
    p.use_terminal("NH-KIOSK-0002", "dev-only-kiosk-key-0002");
    ASSERT_EQ(p.call("POST", "/api/v1/sessions", kCitizenCard, "key-1").status, 201);
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM sessions"), 2);
}

TEST(Pipeline, AFailedRequestIsNotReplayedAndIsAudited) {
    InProcessPlatform p;
    auto bad = kCitizenCard;
    bad["id_card"]["valid_to"] = "2020-01-01";
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", bad, "key-2")), "id_card_expired");
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM idempotency"), 0);
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM audit WHERE outcome = 'id_card_expired' "
                       "AND terminal_id = 'NH-KIOSK-0001'"), 1);
}

TEST(Pipeline, SuccessfulWritesAreAuditedWithTheirApplicant) {
    InProcessPlatform p;
    p.sign_in_citizen("11010519491231002X", "张三");
    EXPECT_EQ(count(p, "SELECT COUNT(*) FROM audit WHERE action = 'POST /api/v1/sessions' "
                       "AND outcome = 'ok' AND applicant_id IS NOT NULL"), 1);
}

}  // namespace
}  // namespace nanhai::test
