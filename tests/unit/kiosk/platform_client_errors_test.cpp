// Every failure of a platform call maps to one PlatformError kind: malformed answers, the
// platform's error shape, session errors (which also wipe the token), network errors.
#include <gtest/gtest.h>

#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

TEST(PlatformClientErrors, AnswerThatIsNotJsonIsMalformed) {
    FakeClientRig rig;
    rig.script(answer(200, "{\"status\": \"ok\""));
    auto client = make_client(rig);
    auto health = client.health();
    ASSERT_FALSE(health);
    EXPECT_EQ(health.error().kind, PlatformErrorKind::malformed_response);
    EXPECT_EQ(rig.requests().size(), 1u);  // a broken answer is not retried
}

TEST(PlatformClientErrors, MissingRequiredFieldIsMalformedAndNamed) {
    FakeClientRig rig;
    rig.script(answer(200, R"({"status":"ok","time":"2026-12-01T09:00:00+08:00","api_version":"v1"})"));
    auto client = make_client(rig);
    auto health = client.health();
    ASSERT_FALSE(health);
    EXPECT_EQ(health.error().kind, PlatformErrorKind::malformed_response);
    EXPECT_EQ(health.error().field, "health.schema_version");
    EXPECT_EQ(health.error().problem, "missing");
}

TEST(PlatformClientErrors, WrongTypeIsMalformed) {
    FakeClientRig rig;
    rig.script(answer(200, R"({"status":"ok","time":"yesterday","schema_version":3,"api_version":"v1"})"));
    rig.script(answer(200, R"({"status":"ok","time":"2026-12-01T09:00:00+08:00","schema_version":"3","api_version":"v1"})"));
    rig.script(answer(200, R"(["not", "an", "object"])"));
    auto client = make_client(rig);
    auto bad_time = client.health();
    ASSERT_FALSE(bad_time);
    EXPECT_EQ(bad_time.error().field, "health.time");
    auto bad_number = client.health();
    ASSERT_FALSE(bad_number);
    EXPECT_EQ(bad_number.error().problem, "is not an integer");
    auto not_object = client.health();
    ASSERT_FALSE(not_object);
    EXPECT_EQ(not_object.error().kind, PlatformErrorKind::malformed_response);
}

TEST(PlatformClientErrors, ExtraFieldsAreTolerated) {
    FakeClientRig rig;
    rig.script(answer(200, R"({"status":"ok","time":"2026-12-01T09:00:00+08:00","schema_version":3,)"
                           R"("api_version":"v1","build":"abc","new":{"x":1}})"));
    auto client = make_client(rig);
    EXPECT_TRUE(client.health());
}

TEST(PlatformClientErrors, ErrorShapeBecomesPlatformErrorWithCodeAndMessages) {
    FakeClientRig rig;
    rig.script(answer(422, error_body("id_card_expired")));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_FALSE(session);
    const auto& e = session.error();
    EXPECT_EQ(e.kind, PlatformErrorKind::platform);
    EXPECT_EQ(e.http_status, 422);
    EXPECT_EQ(e.code, "id_card_expired");
    EXPECT_EQ(e.message_zh, "错误");
    EXPECT_EQ(e.message_en, "error");
    EXPECT_EQ(e.details["field"], "x");
    EXPECT_FALSE(client.signed_in());
}

TEST(PlatformClientErrors, NetworkFailureKeepsTheTransportKind) {
    FakeClientRig rig;
    rig.script(no_answer(TransportErrorKind::tls_failure));
    auto client = make_client(rig);
    auto health = client.health();
    ASSERT_FALSE(health);
    EXPECT_EQ(health.error().kind, PlatformErrorKind::network);
    ASSERT_TRUE(health.error().transport);
    EXPECT_EQ(health.error().transport->kind, TransportErrorKind::tls_failure);
}

TEST(PlatformClientErrors, SessionExpiredClearsTheToken) {
    for (std::string code : {"session_expired", "session_required", "session_terminal_mismatch"}) {
        FakeClientRig rig;
        rig.script(answer(201, kSessionBody));
        rig.script(answer(401, error_body(code)));
        auto client = make_client(rig);
        ASSERT_TRUE(client.sign_in_id_card(demo_card()));
        ASSERT_TRUE(client.signed_in());
        auto current = client.current_session();
        ASSERT_FALSE(current);
        EXPECT_EQ(current.error().kind, PlatformErrorKind::session_expired) << code;
        EXPECT_EQ(current.error().code, code);
        EXPECT_FALSE(client.signed_in());
        // Without a token, the next session call fails locally, with no request.
        auto again = client.current_session();
        ASSERT_FALSE(again);
        EXPECT_EQ(again.error().kind, PlatformErrorKind::session_expired);
        EXPECT_EQ(rig.requests().size(), 2u);
    }
}

TEST(PlatformClientErrors, SignInAnswerWithoutTokenIsMalformedAndSignsNobodyIn) {
    FakeClientRig rig;
    auto body = nlohmann::json::parse(kSessionBody);
    body.erase("token");
    rig.script(answer(201, body.dump()));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().kind, PlatformErrorKind::malformed_response);
    EXPECT_FALSE(client.signed_in());
}

TEST(PlatformClientErrors, InvalidUtf8InCardDataIsRefusedLocally) {
    FakeClientRig rig;
    auto client = make_client(rig);
    auto card = demo_card();
    card.name = "\xff\xfe";
    auto session = client.sign_in_id_card(card);
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().kind, PlatformErrorKind::invalid_input);
    EXPECT_TRUE(rig.requests().empty());
}

}  // namespace
}  // namespace nanhai::kiosk::test
