// What goes on the wire: terminal headers on every request, the session token only after
// sign-in and only inside the client, the sign-in bodies of openapi.json.
#include <gtest/gtest.h>

#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

TEST(PlatformClientSession, TerminalHeadersOnEveryRequest) {
    FakeClientRig rig;
    rig.script(answer(200, kHealthBody));
    rig.script(answer(200, R"({"keys":[]})"));
    auto client = make_client(rig);
    ASSERT_TRUE(client.health());
    ASSERT_TRUE(client.public_keys());
    for (const auto& r : rig.requests()) {
        EXPECT_EQ(r.header("X-Terminal-Id"), "NH-KIOSK-0001");
        EXPECT_EQ(r.header("X-Terminal-Key"), "dev-only-kiosk-key-0001");
        EXPECT_FALSE(r.has_header("Authorization"));
        EXPECT_FALSE(r.has_header("Idempotency-Key"));
    }
    EXPECT_EQ(rig.requests()[0].url, "http://platform.test/api/v1/health");
}

TEST(PlatformClientSession, SignInSendsTheCardAndKeepsTheTokenInside) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(answer(200, kSessionBody));
    rig.script(answer(200, R"({"ended":true})"));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_TRUE(session) << summary(session.error());
    EXPECT_EQ(session->applicant.masked_name, "张*");
    EXPECT_EQ(session->applicant.auth_level, 3);
    EXPECT_EQ(session->services_unlocked, 12);
    EXPECT_EQ(session->idle_timeout_seconds, 600);

    const auto& post = rig.requests()[0];
    EXPECT_EQ(post.method, HttpMethod::post);
    EXPECT_EQ(post.header("Content-Type"), "application/json");
    auto body = nlohmann::json::parse(post.body);
    EXPECT_EQ(body["method"], "id_card");
    EXPECT_EQ(body["id_card"]["card_type"], "citizen");
    EXPECT_EQ(body["id_card"]["id_number"], "11010519491231002X");
    EXPECT_EQ(body["id_card"]["valid_to"], "2036-01-01");

    ASSERT_TRUE(client.current_session());
    EXPECT_EQ(rig.requests()[1].header("Authorization"), "Bearer secret-token-value-0123456789abcdef");
    ASSERT_TRUE(client.sign_out());
    EXPECT_EQ(rig.requests()[2].method, HttpMethod::del);
    EXPECT_EQ(rig.requests()[2].url, "http://platform.test/api/v1/sessions/current");
    EXPECT_FALSE(client.signed_in());
    EXPECT_TRUE(client.sign_out());  // nothing to end: no request
    EXPECT_EQ(rig.requests().size(), 3u);
}

TEST(PlatformClientSession, MobileQrAndEnterpriseBodies) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(answer(201, kSessionBody));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_mobile_qr("NHID1.abc.def"));
    ASSERT_TRUE(client.sign_in_enterprise({"91440605MA4UJX8Y3K", "佛山市南海区示例有限公司", "李四", std::nullopt}));
    auto qr = nlohmann::json::parse(rig.requests()[0].body);
    EXPECT_EQ(qr, (nlohmann::json{{"method", "mobile_qr"}, {"token", "NHID1.abc.def"}}));
    auto ent = nlohmann::json::parse(rig.requests()[1].body);
    EXPECT_EQ(ent["method"], "enterprise_cert");
    EXPECT_EQ(ent["enterprise_cert"]["credit_code"], "91440605MA4UJX8Y3K");
    EXPECT_EQ(ent["enterprise_cert"]["holder_name"], "李四");
    EXPECT_FALSE(ent["enterprise_cert"].contains("certificate_sha256"));
}

TEST(PlatformClientSession, BlacklistInSessionIsParsed) {
    FakeClientRig rig;
    auto body = nlohmann::json::parse(kSessionBody);
    body["blacklist"] = nlohmann::json::parse(R"({"blacklisted":true,"entries":[{
        "id":7,"kind":"missed_appointment","reason_zh":"失约","reason_en":"missed","record_count":4,
        "notice_date":"2026-11-20","appeal_deadline":"2027-01-05","appeal_working_days_left":null,
        "can_appeal":true,"blocked":["booking","applying"],"appeal":null}]})");
    rig.script(answer(201, body.dump()));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_TRUE(session) << summary(session.error());
    ASSERT_EQ(session->blacklist.entries.size(), 1u);
    const auto& e = session->blacklist.entries[0];
    EXPECT_TRUE(session->blacklist.blacklisted);
    EXPECT_EQ(e.kind, "missed_appointment");
    EXPECT_EQ(e.record_count, 4);
    EXPECT_FALSE(e.appeal_working_days_left);
    EXPECT_FALSE(e.appeal);
    EXPECT_EQ(e.blocked.size(), 2u);
}

TEST(PlatformClientSession, PublicKeysAreDecoded) {
    FakeClientRig rig;
    std::string key(43, 'A');  // 32 zero bytes in unpadded base64url
    rig.script(answer(200, R"({"keys":[{"key_id":"r1","purpose":"receipt","algorithm":"Ed25519","public_key":")" +
                               key + R"("},{"key_id":"i1","purpose":"identity_provider","algorithm":"Ed25519","public_key":")" +
                               key + R"("}]})"));
    rig.script(answer(200, R"({"keys":[{"key_id":"r1","purpose":"receipt","algorithm":"Ed25519","public_key":"short"}]})"));
    auto client = make_client(rig);
    auto keys = client.public_keys();
    ASSERT_TRUE(keys) << summary(keys.error());
    ASSERT_EQ(keys->size(), 2u);
    EXPECT_EQ(receipt_keys(*keys).size(), 1u);
    auto bad = client.public_keys();
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "keys.keys[0].public_key");
}

}  // namespace
}  // namespace nanhai::kiosk::test
