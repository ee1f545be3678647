// Cases, receipts, evaluations and consultations against the real kiosk-platform process with the
// demo seed: what a kiosk sees for a demo case anonymously and as its owner, receipt QR
// verification online and offline, the evaluation rules and a consultation ticket round trip.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "common/signed_payload.hpp"
#include "tests/support/api_client.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::test {
namespace {

using json = nlohmann::json;

constexpr const char* kChenId = "440605198803120528";
constexpr const char* kChenName = "陈美玲";

class CaseRoutes : public ::testing::Test {
  protected:
    PlatformProcess platform_;
    ApiClient api_{platform_.port()};

    // The demo citizen's cases by item code (every demo case is a different item).
    std::map<std::string, json> chen_cases() {
        api_.sign_in_id_card(kChenId, kChenName);
        auto r = api_.get("/api/v1/cases?per_page=100");
        EXPECT_EQ(r.status, 200) << r.body.dump();
        std::map<std::string, json> out;
        for (const auto& c : r.body["items"]) out[c["item"]["code"]] = c;
        return out;
    }
    std::string code_of(const std::string& item) { return chen_cases()[item].value("code", ""); }
};

TEST_F(CaseRoutes, TheDemoSeedHasACaseAtEveryStage) {
    std::set<std::string> stages;
    for (const auto& [item, c] : chen_cases()) {
        stages.insert(c["stage"]);
        // Every stage's full view is held to the OpenAPI contract by the client.
        EXPECT_EQ(api_.get("/api/v1/cases/" + c["code"].get<std::string>()).status, 200) << item;
    }
    api_.set_session(std::nullopt);
    auto signed_in =
        api_.post("/api/v1/sessions", {{"method", "enterprise_cert"},
                                       {"enterprise_cert",
                                        {{"credit_code", "91440605MA4W00003K"},
                                         {"enterprise_name", "佛山市南海区美玲食品有限公司"}}}});
    ASSERT_EQ(signed_in.status, 201) << signed_in.body.dump();
    api_.set_session(signed_in.body["token"].get<std::string>());
    auto listed = api_.get("/api/v1/cases");  // kept: a range-for over a temporary's member dangles
    for (const auto& c : listed.body["items"]) {
        stages.insert(c["stage"]);
        EXPECT_EQ(api_.get("/api/v1/cases/" + c["code"].get<std::string>()).status, 200);
    }
    for (const char* stage :
         {"apply", "pre_review", "submission", "acceptance", "refusal_of_acceptance", "correction",
          "special_procedure", "decision", "settlement", "delivery", "delivered", "archive"})
        EXPECT_EQ(stages.count(stage), 1u) << stage;
}

TEST_F(CaseRoutes, AnonymousKiosksSeeOnlyPublicFieldsAndTheOwnerSeesTheTimeline) {
    auto code = code_of("RSJ-002");  // the archived case
    ASSERT_FALSE(code.empty());
    auto full = api_.get("/api/v1/cases/" + code);
    ASSERT_EQ(full.status, 200) << full.body.dump();
    EXPECT_EQ(full.body["restricted"], false);
    EXPECT_EQ(full.body["stage"], "archive");
    EXPECT_EQ(full.body["timeline"].size(), 9u);
    for (const auto& e : full.body["timeline"]) EXPECT_LT(e["at"].get<std::string>(), "2026-12-01");
    EXPECT_EQ(full.body["receipt"]["legal_deadline"], "2026-10-20");  // 5 working days from 10-13

    api_.set_session(std::nullopt);
    auto anonymous = api_.get("/api/v1/cases/" + code);
    ASSERT_EQ(anonymous.status, 200) << anonymous.body.dump();
    EXPECT_EQ(anonymous.body["restricted"], true);
    EXPECT_EQ(anonymous.body["stage_timestamps"].size(), 9u);
    EXPECT_FALSE(anonymous.body.contains("timeline"));
    EXPECT_FALSE(anonymous.body.contains("receipt"));
    EXPECT_FALSE(anonymous.body.contains("applicant"));
}

TEST_F(CaseRoutes, PreReviewProblemsAndCourierStatusAreShownToTheOwner) {
    auto cases = chen_cases();
    auto pre = api_.get("/api/v1/cases/" + cases["WJJ-001"]["code"].get<std::string>());
    EXPECT_EQ(pre.body["status"], "corrections_requested");
    EXPECT_EQ(pre.body["pre_review"]["problems"].size(), 2u);
    auto express = api_.get("/api/v1/cases/" + cases["SCJG-001"]["code"].get<std::string>());
    EXPECT_EQ(express.body["submission"]["next_step"]["courier_status"], "in_transit");
    auto paused = api_.get("/api/v1/cases/" + cases["MZJ-002"]["code"].get<std::string>());
    EXPECT_EQ(paused.body["special_procedure"]["notice"]["title_zh"], "特殊程序审查期限告知书");
}

TEST_F(CaseRoutes, AReceiptQrVerifiesOnlineAndOfflineAndATamperedOneDoesNot) {
    auto code = code_of("GAJ-002");
    auto c = api_.get("/api/v1/cases/" + code);
    auto qr = c.body["receipt"]["qr_payload"].get<std::string>();
    auto ok = api_.post("/api/v1/receipts/verify", {{"qr_payload", qr}});
    ASSERT_EQ(ok.status, 200) << ok.body.dump();
    EXPECT_EQ(ok.body["valid"], true);
    EXPECT_EQ(ok.body["case_code"], code);

    // Offline, as the kiosk does: the receipt key from GET /api/v1/keys.
    TrustedKey trusted{};
    auto keys = api_.get("/api/v1/keys");
    for (const auto& k : keys.body["keys"])
        if (k["purpose"] == "receipt") {
            trusted.key_id = k["key_id"];
            auto bytes = base64url_decode(k["public_key"].get<std::string>());
            ASSERT_TRUE(bytes && bytes->size() == trusted.public_key.size());
            std::copy(bytes->begin(), bytes->end(), trusted.public_key.begin());
        }
    auto offline = verify_signed_payload(qr, std::span<const TrustedKey>{&trusted, 1});
    ASSERT_TRUE(offline);
    EXPECT_EQ(offline->fields.front(), code);

    auto tampered = qr;
    tampered[tampered.find(code) + 20] = tampered[tampered.find(code) + 20] == '1' ? '2' : '1';
    auto bad = api_.post("/api/v1/receipts/verify", {{"qr_payload", tampered}});
    EXPECT_EQ(bad.body["valid"], false);
    EXPECT_FALSE(verify_signed_payload(tampered, std::span<const TrustedKey>{&trusted, 1}));
}

TEST_F(CaseRoutes, AnInvalidApprovalCodeIsRefusedBeforeLookup) {
    auto r = api_.get("/api/v1/cases/440605261201101000010");
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.error_code(), "invalid_approval_code");
    EXPECT_EQ(r.body["error"]["details"]["problem"], "approval code check character is wrong");
    auto unknown = api_.get("/api/v1/cases/440605261201101000014");
    EXPECT_EQ(unknown.status, 404);
}

TEST_F(CaseRoutes, EvaluationRulesHold) {
    auto cases = chen_cases();
    auto path = [&](const char* item) {
        return "/api/v1/cases/" + cases[item]["code"].get<std::string>() + "/evaluation";
    };
    EXPECT_EQ(api_.post(path("RSJ-001"), {{"level", 1}}).error_code(), "case_not_evaluable");
    EXPECT_EQ(api_.post(path("RSJ-002"), {{"level", 1}}).error_code(), "already_evaluated");
    EXPECT_EQ(api_.get(path("RSJ-002")).body["level_zh"], "满意");
    EXPECT_EQ(api_.post(path("WJJ-002"), {{"level", 4}}).error_code(),
              "evaluation_reason_required");
    auto rated = api_.post(path("WJJ-002"), {{"level", 4}, {"reasons", {"办理时间较长"}}});
    ASSERT_EQ(rated.status, 201) << rated.body.dump();

    ApiClient desk{platform_.port(), "NH-DESK-0001", "dev-only-desk-key-0001"};
    auto id = std::to_string(rated.body["id"].get<std::int64_t>());
    EXPECT_EQ(desk.post("/api/v1/evaluations/" + id + "/contest", {{"evidence", "按承诺时限办结"}})
                  .body["status"],
              "contested");
    EXPECT_EQ(desk.post("/api/v1/evaluations/" + id + "/contest-decision", {{"found_false", false}})
                  .body["status"],
              "contest_rejected");
}

TEST_F(CaseRoutes, TheOwnerConfirmsPickupAtTheKiosk) {
    auto code = code_of("GAJ-003");
    EXPECT_EQ(api_.get("/api/v1/cases/" + code).body["status"], "awaiting_pickup");
    auto r = api_.post("/api/v1/cases/" + code + "/pickup", json::object());
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["stage"], "delivered");
}

TEST_F(CaseRoutes, AConsultationTicketRoundTrip) {
    auto code = code_of("GAJ-002");
    auto filed = api_.post("/api/v1/consultations", {{"kind", "consultation"},
                                                     {"subject", "户口迁入进度"},
                                                     {"body", "请问我的户口迁入还需要多久？"},
                                                     {"case_code", code},
                                                     {"contact_phone", "13912345678"}});
    ASSERT_EQ(filed.status, 201) << filed.body.dump();
    auto ticket = filed.body["ticket"].get<std::string>();
    EXPECT_EQ(ticket, "ZX202612010001");
    EXPECT_EQ(filed.body["reply_due"], "2026-12-08");

    ApiClient desk{platform_.port(), "NH-DESK-0001", "dev-only-desk-key-0001"};
    auto replied = desk.post("/api/v1/consultations/" + ticket + "/reply",
                             {{"text", "已受理，承诺10个工作日内办结。"}});
    EXPECT_EQ(replied.status, 200) << replied.body.dump();

    auto mine = api_.get("/api/v1/consultations/" + ticket);
    EXPECT_EQ(mine.body["reply"]["text"], "已受理，承诺10个工作日内办结。");
    EXPECT_EQ(mine.body["contact_phone_masked"], "139****5678");
    EXPECT_EQ(api_.get("/api/v1/consultations").body["total"], 1);
    api_.set_session(std::nullopt);
    auto anonymous = api_.get("/api/v1/consultations/" + ticket);
    EXPECT_EQ(anonymous.body["body"], nullptr);
    EXPECT_EQ(anonymous.body["reply"], nullptr);
}

}  // namespace
}  // namespace nanhai::test
