// Cases through the request pipeline: filing and its approval code, the rules on who may file,
// every stage with its data, refused transitions, the owner's and the public view, pickup at the
// kiosk and receipt verification.
#include <gtest/gtest.h>

#include "common/approval_code.hpp"
#include "platform/domain/blacklist.hpp"
#include "tests/unit/platform/case_fixture.hpp"

namespace nanhai::platform::case_test {
namespace {

class Cases : public CaseFixture {};

TEST_F(Cases, FilingIssuesAnApprovalCodePerDepartmentAndDay) {
    auto who = applicant(1);
    auto first = file(who, "SCJG-002");
    auto second = file(who, "SCJG-001");
    auto other_department = file(who, "RSJ-002");
    auto parsed = parse_approval_code(first);
    ASSERT_TRUE(parsed) << first;
    EXPECT_EQ(parsed->department, 101);
    EXPECT_EQ(parsed->serial, 1);
    EXPECT_EQ(format_iso_date(parsed->filed), "2026-12-01");
    EXPECT_EQ(parse_approval_code(second)->serial, 2);
    EXPECT_EQ(parse_approval_code(other_department)->department, 102);
    EXPECT_EQ(parse_approval_code(other_department)->serial, 1);
    clock_->set(at("2026-12-02T09:00:00+08:00"));
    EXPECT_EQ(parse_approval_code(file(applicant(1), "SCJG-002"))->serial, 1);  // a new day
}

TEST_F(Cases, AFiledCaseIsAtApplyWithOneEvent) {
    auto who = applicant(1);
    auto r = call("POST", "/api/v1/cases", who, {{"item_code", "SCJG-002"}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["stage"], "apply");
    EXPECT_EQ(r.body["status"], "applied");
    EXPECT_EQ(r.body["restricted"], false);
    EXPECT_EQ(r.body["hall_code"], "NH-DISTRICT");
    EXPECT_EQ(r.body["department"]["code"], "SCJG");
    ASSERT_EQ(r.body["timeline"].size(), 1u);
    EXPECT_EQ(r.body["timeline"][0]["at"], "2026-12-01T09:00:00+08:00");
    EXPECT_EQ(r.body["timeline"][0]["terminal_id"], kDemoKioskId);
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events"), 1);
}

TEST_F(Cases, FilingNeedsTheItemsAuthenticationLevel) {
    auto who = applicant(1);
    ASSERT_TRUE(platform_->database().exec("UPDATE sessions SET auth_level = 2"));
    auto r = call("POST", "/api/v1/cases", who, {{"item_code", "SCJG-002"}});  // needs 3
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(code_of(r), "auth_level_insufficient");
    EXPECT_EQ(call("POST", "/api/v1/cases", who, {{"item_code", "RSJ-002"}}).status,
              201);  // needs 1
}

TEST_F(Cases, ABlacklistedApplicantCannotFile) {
    auto who = applicant(1);
    auto id = count("SELECT id FROM applicants");
    ASSERT_TRUE(record_conduct(platform_->database(), clock_->now(), platform_->rules(), id,
                               "false_materials", "test", "platform"));
    auto r = call("POST", "/api/v1/cases", who, {{"item_code", "RSJ-002"}});
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(code_of(r), "applicant_blacklisted");
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases"), 0);
}

TEST_F(Cases, FilingNeedsASessionAndAKnownItem) {
    EXPECT_EQ(code_of(call("POST", "/api/v1/cases", kiosk(), {{"item_code", "RSJ-002"}})),
              "session_required");
    auto r = call("POST", "/api/v1/cases", applicant(1), {{"item_code", "NO-SUCH"}});
    EXPECT_EQ(r.status, 404);
}

TEST_F(Cases, IncompletePreReviewListsEveryProblemAndAwaitsResubmission) {
    auto code = file(applicant(1), "SCJG-002");
    auto r = event(code, {{"stage", "pre_review"},
                          {"verdict", "incomplete"},
                          {"problems",
                           {{{"material", "营业执照"},
                             {"problem_zh", "未加盖公章"},
                             {"problem_en", "No company seal"}},
                            {{"material", "食品安全管理制度"}, {"problem_zh", "缺少"}}}}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["status"], "corrections_requested");
    EXPECT_EQ(r.body["pre_review"]["problems"].size(), 2u);
    EXPECT_EQ(r.body["pre_review"]["problems"][1]["problem_en"], "");
    EXPECT_EQ(r.body["pre_review"]["one_time_notice"], true);
    auto again = event(code, {{"stage", "pre_review"}, {"verdict", "complete"}});
    EXPECT_EQ(again.body["status"], "pre_review_passed");
    EXPECT_EQ(again.body["pre_review"]["round"], 2);
}

TEST_F(Cases, PreReviewProblemsMustMatchTheVerdict) {
    auto code = file(applicant(1), "SCJG-002");
    auto none = event(code, {{"stage", "pre_review"}, {"verdict", "incomplete"}});
    EXPECT_EQ(none.status, 422);
    EXPECT_EQ(none.body["error"]["details"]["field"], "problems");
    auto extra = event(code, {{"stage", "pre_review"},
                              {"verdict", "complete"},
                              {"problems", {{{"material", "x"}, {"problem_zh", "y"}}}}});
    EXPECT_EQ(extra.status, 422);
}

TEST_F(Cases, SubmissionTellsTheNextStepForEachMethod) {
    auto who = applicant(1);
    auto on_site = file(who, "SCJG-002");
    auto express = file(who, "SCJG-001");
    auto online = file(who, "SCJG-003");
    for (const auto& code : {on_site, express, online})
        advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}}});
    auto a = event(on_site, {{"stage", "submission"}, {"method", "on_site"}});
    EXPECT_EQ(a.body["status"], "awaiting_materials");
    EXPECT_EQ(a.body["submission"]["next_step"]["hall"]["code"], "NH-DISTRICT");
    EXPECT_EQ(a.body["submission"]["next_step"]["bring_originals"], true);
    EXPECT_EQ(a.body["submission"]["next_step"]["appointment_required"], true);
    auto b = event(express, {{"stage", "submission"},
                             {"method", "express"},
                             {"courier_company", "顺丰速运"},
                             {"waybill_no", "SF1234567890"}});
    EXPECT_EQ(b.body["status"], "materials_in_transit");
    EXPECT_EQ(b.body["submission"]["next_step"]["courier_status"], "ordered");
    EXPECT_EQ(b.body["submission"]["next_step"]["waybill_no"], "SF1234567890");
    auto update = event(express, {{"stage", "submission"},
                                  {"method", "express"},
                                  {"courier_company", "顺丰速运"},
                                  {"waybill_no", "SF1234567890"},
                                  {"courier_status", "signed"}});
    EXPECT_EQ(update.body["submission"]["next_step"]["courier_status"], "signed");
    auto c = event(online, {{"stage", "submission"}, {"method", "online"}});
    EXPECT_EQ(c.body["status"], "materials_submitted");
    EXPECT_EQ(c.body["submission"]["next_step"]["kind"], "online");
}

TEST_F(Cases, AMethodTheItemDoesNotOfferIsRefused) {
    auto code = file(applicant(1), "RSJ-002");  // on site or online only
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}}});
    auto r = event(code, {{"stage", "submission"},
                          {"method", "express"},
                          {"courier_company", "EMS"},
                          {"waybill_no", "1"}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.body["error"]["details"]["field"], "method");
}

TEST_F(Cases, AcceptanceIssuesASignedReceiptWithWorkingDayDeadlines) {
    auto code = file(applicant(1), "SCJG-002");  // legal 10, promised 5 working days
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                   {{"stage", "submission"}, {"method", "online"}}});
    auto r = event(code, {{"stage", "acceptance"}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    const auto& receipt = r.body["receipt"];
    EXPECT_EQ(r.body["status"], "accepted");
    EXPECT_EQ(receipt["receipt_no"], "NHSL2026120100001");
    EXPECT_EQ(receipt["accepted_at"], "2026-12-01T09:00:00+08:00");
    EXPECT_EQ(receipt["legal_deadline"], "2026-12-15");
    EXPECT_EQ(receipt["promised_deadline"], "2026-12-08");
    auto verified =
        call("POST", "/api/v1/receipts/verify", kiosk(), {{"qr_payload", receipt["qr_payload"]}});
    EXPECT_EQ(verified.body["valid"], true);
    EXPECT_EQ(verified.body["type"], "R");
    EXPECT_EQ(verified.body["case_code"], code);
    EXPECT_EQ(verified.body["fields"], json({code, "NHSL2026120100001", "20261201", "SCJG-002"}));
}

TEST_F(Cases, ATamperedReceiptDoesNotVerify) {
    auto code = file(applicant(1), "SCJG-002");
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                   {{"stage", "submission"}, {"method", "online"}},
                   {{"stage", "acceptance"}}});
    auto qr = call("GET", "/api/v1/cases/" + code, desk())
                  .body["receipt"]["qr_payload"]
                  .get<std::string>();
    auto tampered = qr;
    tampered.replace(tampered.find("SCJG-002"), 8, "SCJG-003");
    auto r = call("POST", "/api/v1/receipts/verify", kiosk(), {{"qr_payload", tampered}});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body["valid"], false);
    EXPECT_EQ(r.body["case_code"], nullptr);
    EXPECT_NE(r.body["problem"].get<std::string>().find("signature"), std::string::npos);
    EXPECT_EQ(
        call("POST", "/api/v1/receipts/verify", kiosk(), {{"qr_payload", "hello"}}).body["valid"],
        false);
}

TEST_F(Cases, AWholeCaseRunsFromApplicationToArchive) {
    auto owner = applicant(1);
    auto code = file(owner, "SCJG-002");
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                   {{"stage", "submission"}, {"method", "on_site"}},
                   {{"stage", "acceptance"}},
                   {{"stage", "correction"},
                    {"problems", {{{"material", "平面图"}, {"problem_zh", "不清晰"}}}}},
                   {{"stage", "correction"}},
                   {{"stage", "special_procedure"},
                    {"kind", "expert_review"},
                    {"start_date", "2026-12-02"},
                    {"end_date", "2026-12-04"}}});
    auto paused = call("GET", "/api/v1/cases/" + code, owner);
    EXPECT_EQ(paused.body["status"], "clock_paused");
    EXPECT_EQ(paused.body["correction"]["received_at"], "2026-12-01T09:00:00+08:00");
    const auto& procedure = paused.body["special_procedure"];
    EXPECT_EQ(procedure["notice"]["title_zh"], "特殊程序审查期限告知书");
    EXPECT_EQ(procedure["paused_working_days"], 3);
    EXPECT_EQ(procedure["legal_deadline_extended_to"], "2026-12-18");
    advance(code,
            {{{"stage", "decision"}, {"outcome", "approve"}, {"document_no", "JY24406050000001"}},
             {{"stage", "settlement"}},
             {{"stage", "delivery"}, {"method", "on_site"}}});
    auto ready = call("GET", "/api/v1/cases/" + code, owner);
    EXPECT_EQ(ready.body["decision"]["document_title_zh"], "批准决定书");
    EXPECT_EQ(ready.body["special_procedure"]["clock_paused"], false);
    EXPECT_EQ(ready.body["delivery"]["pickup_place"]["code"], "NH-DISTRICT");
    auto picked = call("POST", "/api/v1/cases/" + code + "/pickup", owner);
    ASSERT_EQ(picked.status, 200) << picked.body.dump();
    EXPECT_EQ(picked.body["stage"], "delivered");
    EXPECT_EQ(picked.body["delivery"]["confirmed_by"], "applicant_at_kiosk");
    auto archived = event(code, {{"stage", "archive"}});
    EXPECT_EQ(archived.body["status"], "archived");
    EXPECT_EQ(archived.body["timeline"].size(), 12u);
    EXPECT_EQ(archived.body["timeline"][11]["status"], "archived");
}

TEST_F(Cases, ARefusalCarriesItsReasonAndTheRemedies) {
    auto code = file(applicant(1), "SCJG-003");
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                   {{"stage", "submission"}, {"method", "online"}},
                   {{"stage", "acceptance"}}});
    auto missing =
        event(code, {{"stage", "decision"}, {"outcome", "refuse"}, {"document_no", "X1"}});
    EXPECT_EQ(missing.status, 422);
    EXPECT_EQ(missing.body["error"]["details"]["field"], "reason_zh");
    auto r = event(code, {{"stage", "decision"},
                          {"outcome", "refuse"},
                          {"document_no", "X1"},
                          {"reason_zh", "名称近似"}});
    EXPECT_EQ(r.body["status"], "refused");
    EXPECT_EQ(r.body["decision"]["document_title_zh"], "不予批准决定书");
    EXPECT_NE(r.body["decision"]["remedy_zh"].get<std::string>().find("行政复议"),
              std::string::npos);
}

TEST_F(Cases, RefusalOfAcceptanceEndsInTheArchive) {
    auto code = file(applicant(1), "SCJG-003");
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                   {{"stage", "submission"}, {"method", "online"}}});
    auto r = event(code, {{"stage", "refusal_of_acceptance"}, {"reason_zh", "不属于本机关管辖"}});
    EXPECT_EQ(r.body["status"], "not_accepted");
    EXPECT_EQ(r.body["refusal_of_acceptance"]["document_title_zh"], "不予受理决定书");
    EXPECT_EQ(code_of(event(code, {{"stage", "acceptance"}})), "invalid_stage_transition");
    EXPECT_EQ(event(code, {{"stage", "archive"}}).body["status"], "archived");
}

TEST_F(Cases, ExpressDeliveryCollectsTrackingUntilDelivered) {
    auto code = file(applicant(1), "SCJG-002");
    advance(code, to_decision());
    advance(code, {{{"stage", "settlement"}},
                   {{"stage", "delivery"},
                    {"method", "express"},
                    {"courier_company", "EMS"},
                    {"waybill_no", "1178"}}});
    clock_->set(at("2026-12-02T10:00:00+08:00"));
    auto update = event(code, {{"stage", "delivery"},
                               {"method", "express"},
                               {"courier_company", "EMS"},
                               {"waybill_no", "1178"},
                               {"tracking_status_zh", "派送中"}});
    ASSERT_EQ(update.status, 201) << update.body.dump();
    EXPECT_EQ(update.body["delivery"]["tracking"].size(), 2u);
    EXPECT_EQ(update.body["delivery"]["sent_at"], "2026-12-01T09:00:00+08:00");
    EXPECT_EQ(code_of(event(code, {{"stage", "delivery"}, {"method", "on_site"}})),
              "invalid_stage_transition");
    EXPECT_EQ(code_of(call("POST", "/api/v1/cases/" + code + "/pickup", applicant(1))),
              "invalid_stage_transition");  // not an on-site delivery
    EXPECT_EQ(event(code, {{"stage", "delivered"}}).body["delivery"]["confirmed_by"], "department");
}

TEST_F(Cases, InvalidTransitionsAreRefusedAndChangeNothing) {
    auto code = file(applicant(1), "SCJG-002");
    auto r = event(code, {{"stage", "decision"}, {"outcome", "approve"}, {"document_no", "1"}});
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(code_of(r), "invalid_stage_transition");
    EXPECT_EQ(r.body["error"]["details"]["status"], "applied");
    EXPECT_EQ(code_of(event(code, {{"stage", "acceptance"}})), "invalid_stage_transition");
    EXPECT_EQ(code_of(event(code, {{"stage", "apply"}})), "validation_failed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM case_events"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cases WHERE status = 'applied'"), 1);
}

TEST_F(Cases, StaffEventsNeedADeskOfTheCasesDepartment) {
    auto code = file(applicant(1), "SCJG-002");
    auto from_kiosk = event(code, {{"stage", "pre_review"}, {"verdict", "complete"}}, kiosk());
    EXPECT_EQ(code_of(from_kiosk), "terminal_forbidden");
    auto other = event(code, {{"stage", "pre_review"}, {"verdict", "complete"}}, rsj_desk());
    EXPECT_EQ(code_of(other), "terminal_forbidden");
    auto own = file(applicant(1), "RSJ-002");
    EXPECT_EQ(event(own, {{"stage", "pre_review"}, {"verdict", "complete"}}, rsj_desk()).status,
              201);
}

TEST_F(Cases, OthersSeeOnlyThePublicFields) {
    auto owner = applicant(1);
    auto code = file(owner, "SCJG-002");
    advance(code, {{{"stage", "pre_review"}, {"verdict", "complete"}}});
    for (const auto& who : {kiosk(), applicant(2)}) {
        auto r = call("GET", "/api/v1/cases/" + code, who);
        ASSERT_EQ(r.status, 200) << r.body.dump();
        EXPECT_EQ(r.body["restricted"], true);
        EXPECT_EQ(r.body["status"], "pre_review_passed");
        EXPECT_EQ(r.body["item"]["name_zh"], "食品经营许可");
        EXPECT_EQ(r.body["filed_date"], "2026-12-01");
        EXPECT_EQ(r.body["stage_timestamps"].size(), 2u);
        EXPECT_FALSE(r.body["stage_timestamps"][1].contains("data"));
        for (const char* hidden : {"timeline", "pre_review", "applicant", "receipt", "hall_code"})
            EXPECT_FALSE(r.body.contains(hidden)) << hidden;
    }
    auto mine = call("GET", "/api/v1/cases/" + code, applicant(1));
    EXPECT_EQ(mine.body["restricted"], false);
    EXPECT_EQ(mine.body["timeline"].size(), 2u);
    EXPECT_EQ(mine.body["pre_review"]["verdict"], "complete");
}

TEST_F(Cases, AMalformedCodeIsRefusedBeforeAnyLookup) {
    auto r = call("GET", "/api/v1/cases/440605261201101000010", kiosk());  // wrong check character
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(code_of(r), "invalid_approval_code");
    EXPECT_EQ(r.body["error"]["details"]["problem"], "approval code check character is wrong");
    EXPECT_EQ(call("GET", "/api/v1/cases/12345", kiosk()).body["error"]["details"]["problem"],
              "approval code must have 21 characters");
    auto unknown =
        call("GET", "/api/v1/cases/" + make_approval_code(*parse_iso_date("2026-12-01"), 101, 77),
             kiosk());
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(code_of(unknown), "not_found");
}

TEST_F(Cases, TheApplicantListsOwnCasesNewestFirst) {
    auto owner = applicant(1);
    auto first = file(owner, "SCJG-002");
    clock_->set(at("2026-12-02T09:00:00+08:00"));
    owner = applicant(1);
    auto second = file(owner, "RSJ-002");
    file(applicant(2), "RSJ-002");
    auto r = call("GET", "/api/v1/cases", owner);
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["total"], 2);
    EXPECT_EQ(r.body["items"][0]["code"], second);
    EXPECT_EQ(r.body["items"][1]["code"], first);
    auto page2 = call("GET", "/api/v1/cases", owner, nullptr, {{"per_page", "1"}, {"page", "2"}});
    EXPECT_EQ(page2.body["items"].size(), 1u);
    EXPECT_EQ(page2.body["items"][0]["code"], first);
}

TEST_F(Cases, OnlyTheOwnerConfirmsPickup) {
    auto owner = applicant(1);
    auto code = file(owner, "SCJG-002");
    advance(code, to_decision());
    advance(code, {{{"stage", "settlement"}}, {{"stage", "delivery"}, {"method", "on_site"}}});
    EXPECT_EQ(code_of(call("POST", "/api/v1/cases/" + code + "/pickup", applicant(2))),
              "not_found");
    auto owner_again = applicant(1);
    EXPECT_EQ(call("POST", "/api/v1/cases/" + code + "/pickup", owner_again).status, 200);
    EXPECT_EQ(code_of(call("POST", "/api/v1/cases/" + code + "/pickup", owner_again)),
              "invalid_stage_transition");
}

}  // namespace
}  // namespace nanhai::platform::case_test
