// Sign-in by ID card, mobile identity QR and enterprise certificate; session binding and expiry.
#include <gtest/gtest.h>

#include "platform/domain/identity_token.hpp"
#include "tests/support/in_process_platform.hpp"
#include "tests/support/platform_test_helpers.hpp"

namespace nanhai::test {
namespace {

using namespace std::chrono_literals;

std::string code_of(const platform::HttpResponse& r) { return error_code_of(r); }

nlohmann::json card(const std::string& number, const std::string& valid_to,
                    const std::string& type = "citizen") {
    return {{"method", "id_card"},
            {"id_card", {{"card_type", type}, {"id_number", number}, {"name", "陈美玲"},
                         {"valid_to", valid_to}}}};
}

TEST(Sessions, IdCardSignInGivesLevelThreeAndAMaskedView) {
    InProcessPlatform p;
    auto r = p.call("POST", "/api/v1/sessions", card("11010519491231002X", "2036-01-01"));
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["applicant"]["auth_level"], 3);
    EXPECT_EQ(r.body["applicant"]["masked_name"], "陈*玲");
    EXPECT_EQ(r.body["applicant"]["masked_id"], "1101**********002X");
    EXPECT_EQ(r.body.dump().find("11010519491231002X"), std::string::npos);
    EXPECT_EQ(r.body["idle_timeout_seconds"], 600);
}

TEST(Sessions, LongTermCardsAreAccepted) {
    InProcessPlatform p;
    EXPECT_EQ(p.call("POST", "/api/v1/sessions", card("11010519491231002X", "长期")).status, 201);
}

TEST(Sessions, ExpiredCardsAndBadNumbersAreRefused) {
    InProcessPlatform p;
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", card("11010519491231002X", "2026-11-30"))),
              "id_card_expired");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", card("110105194912310021", "2036-01-01"))),
              "invalid_id_number");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", card("11010519491231002X", "2036-13-01"))),
              "validation_failed");
}

TEST(Sessions, ForeignPermanentResidenceNumbersOf2017AreAccepted) {
    InProcessPlatform p;
    auto r = p.call("POST", "/api/v1/sessions", card("USA440605123456", "2030-01-01", "foreign_pr_2017"));
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["applicant"]["id_type"], "foreign_pr_2017");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", card("US4406051234567", "2030-01-01", "foreign_pr_2017"))),
              "invalid_id_number");
}

TEST(Sessions, EnterpriseCertificateNeedsAValidCreditCode) {
    InProcessPlatform p;
    nlohmann::json good{{"method", "enterprise_cert"},
                        {"enterprise_cert", {{"credit_code", "91350100M000100Y43"},
                                             {"enterprise_name", "示例科技有限公司"}}}};
    auto r = p.call("POST", "/api/v1/sessions", good);
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["applicant"]["kind"], "enterprise");
    auto bad = good;
    bad["enterprise_cert"]["credit_code"] = "91350100M000100Y44";
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", bad)), "invalid_credit_code");
}

TEST(Sessions, SessionIsBoundToItsTerminal) {
    InProcessPlatform p;
    p.sign_in_citizen("11010519491231002X", "张三");
    EXPECT_EQ(p.call("GET", "/api/v1/sessions/current").status, 200);
    p.use_terminal("NH-KIOSK-0002", "dev-only-kiosk-key-0002");
    EXPECT_EQ(code_of(p.call("GET", "/api/v1/sessions/current")), "session_terminal_mismatch");
}

TEST(Sessions, IdleSessionsExpireAndUseKeepsThemAlive) {
    InProcessPlatform p;
    p.sign_in_citizen("11010519491231002X", "张三");
    p.advance(9min);
    EXPECT_EQ(p.call("GET", "/api/v1/sessions/current").status, 200);
    p.advance(9min);
    EXPECT_EQ(p.call("GET", "/api/v1/sessions/current").status, 200);
    p.advance(10min);
    EXPECT_EQ(code_of(p.call("GET", "/api/v1/sessions/current")), "session_expired");
}

TEST(Sessions, NoSessionOutlivesItsMaximumAge) {
    InProcessPlatform p;
    p.sign_in_citizen("11010519491231002X", "张三");
    for (int i = 0; i < 6; ++i) {
        p.advance(9min);
        ASSERT_EQ(p.call("GET", "/api/v1/sessions/current").status, 200) << i;
    }
    p.advance(7min);  // 61 minutes after sign-in
    EXPECT_EQ(code_of(p.call("GET", "/api/v1/sessions/current")), "session_expired");
}

TEST(Sessions, SignOutEndsTheSession) {
    InProcessPlatform p;
    p.sign_in_citizen("11010519491231002X", "张三");
    EXPECT_EQ(p.call("DELETE", "/api/v1/sessions/current").status, 200);
    EXPECT_EQ(code_of(p.call("GET", "/api/v1/sessions/current")), "session_expired");
    p.use_session(std::nullopt);
    EXPECT_EQ(code_of(p.call("GET", "/api/v1/sessions/current")), "session_required");
}

std::string mint(InProcessPlatform& p, const std::string& id_number) {
    auto r = p.call("POST", "/api/v1/demo/identity-tokens", {{"id_number", id_number}, {"name", "张三"}});
    EXPECT_EQ(r.status, 200) << r.body.dump();
    return r.body["token"];
}

TEST(Sessions, MobileIdentityQrSignsInAtLevelTwoOnce) {
    InProcessPlatform p;
    auto token = mint(p, "11010519491231002X");
    auto r = p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", token}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["applicant"]["auth_level"], 2);
    EXPECT_EQ(r.body["applicant"]["auth_method"], "mobile_qr");
    auto replay = p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", token}});
    EXPECT_EQ(code_of(replay), "identity_token_replayed");
}

TEST(Sessions, MobileIdentityQrExpires) {
    InProcessPlatform p;
    auto token = mint(p, "11010519491231002X");
    p.advance(121s);
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", token}})),
              "identity_token_expired");
}

TEST(Sessions, ForgedMobileIdentityQrIsRefused) {
    InProcessPlatform p;
    auto token = mint(p, "11010519491231002X");
    // Claims from another genuine token spliced onto this signature.
    auto other = mint(p, "440524188001010014");
    auto forged = other.substr(0, other.rfind('.')) + token.substr(token.rfind('.'));
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", forged}})),
              "identity_token_invalid");
    // A token signed by a key the platform does not trust.
    platform::NamedKeyPair stranger{"id1", generate_ed25519_key_pair()};
    auto t = static_cast<std::int64_t>(p.platform().now().time_since_epoch().count());
    auto foreign = platform::mint_identity_token({"11010519491231002X", "张三", t, t + 60, "x"}, stranger);
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", foreign}})),
              "identity_token_invalid");
    EXPECT_EQ(code_of(p.call("POST", "/api/v1/sessions", {{"method", "mobile_qr"}, {"token", "hello"}})),
              "identity_token_invalid");
}

}  // namespace
}  // namespace nanhai::test
