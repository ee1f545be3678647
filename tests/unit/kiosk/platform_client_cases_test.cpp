// Typed case calls: the owner's stage details read into structs, the own-case list, filing
// (keyed), receipt verification, and what is refused locally without a request.
#include <gtest/gtest.h>

#include "common/approval_code.hpp"
#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

using namespace std::chrono;

std::string demo_code() {
    return make_approval_code(Date{year{2026}, month{11}, day{18}}, 12, 4);
}

nlohmann::json public_case(const std::string& code) {
    return {{"code", code},
            {"item", {{"code", "GAJ-002"}, {"name_zh", "户口迁移"}, {"name_en", "Household move"}}},
            {"department", {{"code", "gaj"}, {"name_zh", "公安分局"}, {"name_en", "Police"}}},
            {"filed_date", "2026-11-18"},
            {"updated_at", "2026-11-24T10:40:00+08:00"},
            {"stage", "acceptance"},
            {"stage_name_zh", "受理"},
            {"stage_name_en", "Acceptance"},
            {"status", "accepted"},
            {"status_zh", "已受理"},
            {"status_en", "Accepted"}};
}

nlohmann::json hall_place() {
    return {{"code", "NH-GUICHENG"},
            {"name_zh", "桂城大厅"},
            {"name_en", "Guicheng hall"},
            {"address_zh", "桂城街道"},
            {"address_en", "Guicheng Subdistrict"}};
}

// An owner's view with every typed detail filled in, plus fields the client does not know.
nlohmann::json owner_case(const std::string& code) {
    auto c = public_case(code);
    c["restricted"] = false;
    c["stage_timestamps"] = {{{"stage", "apply"}, {"at", "2026-11-18T09:30:00+08:00"}}};
    c["applicant"] = {{"kind", "person"},
                      {"id_type", "citizen_id"},
                      {"masked_id", "4406**********0528"},
                      {"masked_name", "陈*玲"}};
    c["hall_code"] = "NH-DISTRICT";
    c["filed_at"] = "2026-11-18T09:30:00+08:00";
    c["timeline"] = {{{"seq", 1},
                      {"stage", "apply"},
                      {"status", "applied"},
                      {"at", "2026-11-18T09:30:00+08:00"},
                      {"terminal_id", "NH-KIOSK-0001"},
                      {"data", {{"item_code", "GAJ-002"}}}},
                     {{"seq", 2},
                      {"stage", "pre_review"},
                      {"status", "pre_review_passed"},
                      {"at", "2026-11-19T10:15:00+08:00"},
                      {"terminal_id", "NH-DESK-0001"},
                      {"data", nlohmann::json::object()}}};
    c["pre_review"] = {{"verdict", "incomplete"},
                       {"problems",
                        {{{"material", "结婚证"},
                          {"problem_zh", "缺少内页"},
                          {"problem_en", "Inner page missing"}}}},
                       {"round", 1},
                       {"reviewed_at", "2026-11-19T10:15:00+08:00"},
                       {"one_time_notice", true}};
    c["submission"] = {{"method", "on_site"},
                       {"submitted_at", "2026-11-19T10:20:00+08:00"},
                       {"next_step",
                        {{"kind", "on_site"},
                         {"hall", hall_place()},
                         {"bring_originals", true},
                         {"appointment_required", true},
                         {"instructions_zh", "请携带原件"},
                         {"instructions_en", "Bring the originals"}}}};
    c["receipt"] = {{"title_zh", "受理回执"},
                    {"title_en", "Acceptance receipt"},
                    {"receipt_no", "NHSL2026112400001"},
                    {"accepted_at", "2026-11-24T10:40:00+08:00"},
                    {"legal_limit_working_days", 20},
                    {"promised_limit_working_days", 10},
                    {"legal_deadline", "2026-12-22"},
                    {"promised_deadline", "2026-12-08"},
                    {"qr_payload", "NH1|R|k1|" + code + "|NHSL2026112400001|20261124|GAJ-002|sig"}};
    c["refusal_of_acceptance"] = nullptr;
    c["correction"] = {{"problems", nlohmann::json::array()},
                       {"requested_at", "2026-11-25T10:00:00+08:00"},
                       {"received_at", nullptr}};
    c["special_procedure"] = {{"kind", "public_notice"},
                              {"kind_zh", "公示"},
                              {"start_date", "2026-11-23"},
                              {"end_date", "2026-11-29"},
                              {"clock_paused", true},
                              {"paused_working_days", 5},
                              {"notice",
                               {{"title_zh", "特殊程序审查期限告知书"},
                                {"title_en", "Notice"},
                                {"text_zh", "公示期不计入审查期限。"},
                                {"text_en", "Not counted."}}},
                              {"started_at", "2026-11-20T16:00:00+08:00"},
                              {"legal_deadline_extended_to", "2026-12-29"}};
    c["decision"] = {{"outcome", "refuse"},
                     {"document_title_zh", "不予批准决定书"},
                     {"document_title_en", "Decision of refusal"},
                     {"document_no", "南公〔2026〕1号"},
                     {"reason_zh", "不符合条件"},
                     {"reason_en", "Not eligible"},
                     {"decided_at", "2026-11-30T15:30:00+08:00"},
                     {"within_legal_deadline", true},
                     {"remedy_zh", "可申请行政复议"},
                     {"remedy_en", "You may apply for reconsideration"}};
    c["settlement"] = {
        {"settled_at", "2026-11-30T16:00:00+08:00"}, {"note", ""}, {"within_legal_deadline", true}};
    c["delivery"] = {{"method", "express"},
                     {"sent_at", "2026-11-30T17:00:00+08:00"},
                     {"delivered_at", nullptr},
                     {"courier_company", "中国邮政EMS"},
                     {"waybill_no", "1178230011256"},
                     {"tracking",
                      {{{"at", "2026-11-30T17:00:00+08:00"},
                        {"status_zh", "已揽收"},
                        {"status_en", "Picked up"}},
                       {{"at", "2026-12-01T08:10:00+08:00"},
                        {"status_zh", "运输中"},
                        {"status_en", "In transit"}}}}};
    c["archive"] = nullptr;
    c["added_later"] = {{"anything", 1}};  // the platform may add fields
    return c;
}

TEST(PlatformClientCases, OwnerDetailsAreTyped) {
    FakeClientRig rig;
    auto code = demo_code();
    rig.script(answer(200, owner_case(code).dump()));
    auto client = make_client(rig);
    auto c = client.case_by_approval_code(code);
    ASSERT_TRUE(c) << summary(c.error());
    EXPECT_FALSE(c->restricted);
    EXPECT_EQ(c->status, "accepted");
    ASSERT_EQ(c->stage_timestamps.size(), 1u);
    ASSERT_TRUE(c->applicant);
    EXPECT_EQ(c->applicant->masked_name, "陈*玲");
    EXPECT_EQ(c->hall_code, "NH-DISTRICT");

    ASSERT_EQ(c->timeline.size(), 2u);
    EXPECT_EQ(c->timeline[1].seq, 2);
    EXPECT_EQ(c->timeline[1].stage, "pre_review");
    EXPECT_EQ(c->timeline[1].status, "pre_review_passed");
    EXPECT_EQ(c->timeline[1].terminal_id, "NH-DESK-0001");
    EXPECT_EQ(format_iso_instant(c->timeline[0].at), "2026-11-18T09:30:00+08:00");
    EXPECT_EQ(c->timeline[0].data["item_code"], "GAJ-002");

    ASSERT_TRUE(c->pre_review);
    EXPECT_EQ(c->pre_review->verdict, "incomplete");
    ASSERT_EQ(c->pre_review->problems.size(), 1u);
    EXPECT_EQ(c->pre_review->problems[0].material, "结婚证");
    EXPECT_EQ(c->pre_review->problems[0].problem_en, "Inner page missing");
    EXPECT_TRUE(c->pre_review->one_time_notice);

    ASSERT_TRUE(c->submission);
    EXPECT_EQ(c->submission->method, "on_site");
    EXPECT_EQ(c->submission->next_step.instructions_en, "Bring the originals");
    ASSERT_TRUE(c->submission->next_step.hall);
    EXPECT_EQ(c->submission->next_step.hall->address_zh, "桂城街道");
    EXPECT_TRUE(c->submission->next_step.appointment_required);
    EXPECT_FALSE(c->submission->next_step.courier_company);

    ASSERT_TRUE(c->receipt);
    EXPECT_EQ(c->receipt->receipt_no, "NHSL2026112400001");
    EXPECT_EQ(c->receipt->legal_limit_working_days, 20);
    EXPECT_EQ(format_iso_date(c->receipt->legal_deadline), "2026-12-22");
    EXPECT_EQ(format_iso_date(c->receipt->promised_deadline), "2026-12-08");
    EXPECT_NE(c->receipt->qr_payload.find(code), std::string::npos);

    EXPECT_FALSE(c->refusal_of_acceptance);  // null
    ASSERT_TRUE(c->correction);
    EXPECT_FALSE(c->correction->received_at);

    ASSERT_TRUE(c->special_procedure);
    EXPECT_EQ(c->special_procedure->kind, "public_notice");
    EXPECT_EQ(c->special_procedure->paused_working_days, 5);
    EXPECT_EQ(c->special_procedure->notice.text_zh, "公示期不计入审查期限。");
    EXPECT_FALSE(c->special_procedure->ended_at);
    ASSERT_TRUE(c->special_procedure->legal_deadline_extended_to);
    EXPECT_EQ(format_iso_date(*c->special_procedure->legal_deadline_extended_to), "2026-12-29");

    ASSERT_TRUE(c->decision);
    EXPECT_EQ(c->decision->outcome, "refuse");
    EXPECT_EQ(c->decision->document_no, "南公〔2026〕1号");
    EXPECT_EQ(c->decision->reason_en, "Not eligible");
    EXPECT_FALSE(c->decision->remedy_zh.empty());

    ASSERT_TRUE(c->delivery);
    EXPECT_EQ(c->delivery->method, "express");
    EXPECT_FALSE(c->delivery->delivered_at);
    EXPECT_EQ(c->delivery->waybill_no, "1178230011256");
    ASSERT_EQ(c->delivery->tracking.size(), 2u);
    EXPECT_EQ(c->delivery->tracking[1].status_en, "In transit");
    EXPECT_FALSE(c->delivery->pickup_place);

    EXPECT_EQ(c->document["settlement"]["note"], "");  // untyped details stay in the document
}

TEST(PlatformClientCases, OnSiteDeliveryHasItsPickupPlace) {
    FakeClientRig rig;
    auto code = demo_code();
    auto body = owner_case(code);
    body["delivery"] = {{"method", "on_site"},
                        {"sent_at", "2026-11-27T14:00:00+08:00"},
                        {"delivered_at", "2026-12-01T09:00:00+08:00"},
                        {"confirmed_by", "applicant_at_kiosk"},
                        {"pickup_place", hall_place()},
                        {"pickup_note_zh", "请携带身份证领取"},
                        {"pickup_note_en", "Bring your ID card"}};
    rig.script(answer(200, body.dump()));
    auto client = make_client(rig);
    auto c = client.case_by_approval_code(code);
    ASSERT_TRUE(c) << summary(c.error());
    ASSERT_TRUE(c->delivery);
    ASSERT_TRUE(c->delivery->pickup_place);
    EXPECT_EQ(c->delivery->pickup_place->name_en, "Guicheng hall");
    EXPECT_EQ(c->delivery->confirmed_by, "applicant_at_kiosk");
    ASSERT_TRUE(c->delivery->delivered_at);
    EXPECT_TRUE(c->delivery->tracking.empty());
}

TEST(PlatformClientCases, RestrictedViewHasNoDetails) {
    FakeClientRig rig;
    auto code = demo_code();
    auto body = public_case(code);
    body["restricted"] = true;
    body["stage_timestamps"] = {{{"stage", "apply"}, {"at", "2026-11-18T09:30:00+08:00"}},
                                {{"stage", "acceptance"}, {"at", "2026-11-24T10:40:00+08:00"}}};
    rig.script(answer(200, body.dump()));
    auto client = make_client(rig);
    auto c = client.case_by_approval_code(code);
    ASSERT_TRUE(c) << summary(c.error());
    EXPECT_TRUE(c->restricted);
    EXPECT_EQ(c->stage_timestamps.size(), 2u);
    EXPECT_EQ(c->stage_timestamps[1].stage, "acceptance");
    EXPECT_TRUE(c->timeline.empty());
    EXPECT_FALSE(c->receipt);
    EXPECT_FALSE(c->applicant);
}

TEST(PlatformClientCases, MissingRequiredDetailIsMalformedAndNamed) {
    FakeClientRig rig;
    auto code = demo_code();
    auto no_qr = owner_case(code);
    no_qr["receipt"].erase("qr_payload");
    auto bad_problem = owner_case(code);
    bad_problem["pre_review"]["problems"][0].erase("problem_zh");
    auto bad_event = owner_case(code);
    bad_event["timeline"][1]["data"] = "text";
    auto bad_tracking = owner_case(code);
    bad_tracking["delivery"]["tracking"][0]["at"] = "yesterday";
    for (const auto& body : {no_qr, bad_problem, bad_event, bad_tracking})
        rig.script(answer(200, body.dump()));
    auto client = make_client(rig);
    const char* expected[] = {"case.receipt.qr_payload", "case.pre_review.problems[0].problem_zh",
                              "case.timeline[1].data", "case.delivery.tracking[0].at"};
    for (const char* field : expected) {
        auto c = client.case_by_approval_code(code);
        ASSERT_FALSE(c) << field;
        EXPECT_EQ(c.error().kind, PlatformErrorKind::malformed_response);
        EXPECT_EQ(c.error().field, field);
    }
}

TEST(PlatformClientCases, MyCasesNeedASessionAndAValidPage) {
    FakeClientRig rig;
    auto client = make_client(rig);
    EXPECT_EQ(client.my_cases().error().kind, PlatformErrorKind::session_expired);
    EXPECT_TRUE(rig.requests().empty());

    rig.script(answer(201, kSessionBody));
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    EXPECT_EQ(client.my_cases({0, 20}).error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(client.my_cases({1, 101}).error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(rig.requests().size(), 1u);

    nlohmann::json page{
        {"items", {public_case(demo_code())}}, {"page", 2}, {"per_page", 1}, {"total", 3}};
    rig.script(answer(200, page.dump()));
    auto mine = client.my_cases({2, 1});
    ASSERT_TRUE(mine) << summary(mine.error());
    ASSERT_EQ(mine->items.size(), 1u);
    EXPECT_EQ(mine->items[0].code, demo_code());
    EXPECT_EQ(mine->items[0].item.name_zh, "户口迁移");
    EXPECT_TRUE(mine->has_more());
    EXPECT_EQ(rig.requests()[1].url, "http://platform.test/api/v1/cases?page=2&per_page=1");
    EXPECT_EQ(rig.requests()[1].header("Authorization"),
              "Bearer secret-token-value-0123456789abcdef");
}

TEST(PlatformClientCases, FilingIsKeyedAndRetriedWithTheSameKey) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(no_answer(TransportErrorKind::timeout));
    auto filed = owner_case(demo_code());
    filed["stage"] = "apply";
    filed["status"] = "applied";
    filed["receipt"] = nullptr;
    rig.script(answer(201, filed.dump()));
    auto client = make_client(rig);
    EXPECT_EQ(client.file_case("GAJ-002").error().kind, PlatformErrorKind::session_expired);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    EXPECT_EQ(client.file_case("").error().field, "item_code");
    EXPECT_EQ(client.file_case("GAJ-002", std::string_view{}).error().field, "hall_code");
    EXPECT_EQ(client.file_case(std::string(41, 'A')).error().kind,
              PlatformErrorKind::invalid_input);
    ASSERT_EQ(rig.requests().size(), 1u);

    auto key = OperationKey::fresh();
    auto c = client.file_case("GAJ-002", "NH-GUICHENG", key);
    ASSERT_TRUE(c) << summary(c.error());
    EXPECT_EQ(c->status, "applied");
    EXPECT_FALSE(c->receipt);
    ASSERT_EQ(rig.requests().size(), 3u);
    EXPECT_EQ(rig.requests()[1].url, "http://platform.test/api/v1/cases");
    EXPECT_EQ(rig.requests()[1].header("Idempotency-Key"), key.value);
    EXPECT_EQ(rig.requests()[2].header("Idempotency-Key"), key.value);
    EXPECT_EQ(nlohmann::json::parse(rig.requests()[2].body),
              (nlohmann::json{{"item_code", "GAJ-002"}, {"hall_code", "NH-GUICHENG"}}));
}

TEST(PlatformClientCases, ReceiptVerificationIsParsedBothWays) {
    FakeClientRig rig;
    auto code = demo_code();
    rig.script(
        answer(200, nlohmann::json{{"valid", true},
                                   {"type", "R"},
                                   {"fields", {code, "NHSL2026112400001", "20261124", "GAJ-002"}},
                                   {"case_code", code},
                                   {"problem", nullptr}}
                        .dump()));
    rig.script(answer(200, R"({"valid":false,"type":null,"fields":[],"case_code":null,)"
                           R"("problem":"bad signature"})"));
    rig.script(no_answer(TransportErrorKind::connection_lost));
    auto client = make_client(rig);
    EXPECT_EQ(client.verify_receipt("").error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(client.verify_receipt(std::string(1001, 'x')).error().kind,
              PlatformErrorKind::invalid_input);
    EXPECT_TRUE(rig.requests().empty());

    auto valid = client.verify_receipt("NH1|R|k1|payload|sig");
    ASSERT_TRUE(valid) << summary(valid.error());
    EXPECT_TRUE(valid->valid);
    EXPECT_EQ(valid->type, "R");
    EXPECT_EQ(valid->case_code, code);
    ASSERT_EQ(valid->fields.size(), 4u);
    EXPECT_FALSE(valid->problem);
    EXPECT_EQ(nlohmann::json::parse(rig.requests()[0].body),
              (nlohmann::json{{"qr_payload", "NH1|R|k1|payload|sig"}}));
    EXPECT_FALSE(rig.requests()[0].has_header("Idempotency-Key"));

    auto forged = client.verify_receipt("NH1|R|k1|payload|forged");
    ASSERT_TRUE(forged) << summary(forged.error());
    EXPECT_FALSE(forged->valid);
    EXPECT_FALSE(forged->case_code);
    EXPECT_EQ(forged->problem, "bad signature");

    auto lost = client.verify_receipt("NH1|R|k1|payload|sig");
    ASSERT_FALSE(lost);
    EXPECT_EQ(lost.error().kind, PlatformErrorKind::network);
    EXPECT_EQ(rig.requests().size(), 3u);  // an unkeyed POST is not repeated
}

}  // namespace
}  // namespace nanhai::kiosk::test
