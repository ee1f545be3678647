// Consultations and complaints (art. 8): tickets, reply deadlines in working days, who sees the
// body and the reply, desk replies, and false complaints becoming conduct records.
#include <gtest/gtest.h>

#include "tests/unit/platform/case_fixture.hpp"

namespace nanhai::platform::case_test {
namespace {

class Consultations : public CaseFixture {
  protected:
    HttpResponse file_ticket(const Caller& who, const std::string& kind,
                             json extra = json::object()) {
        json body{{"kind", kind},
                  {"subject", "社保卡补换需要多久"},
                  {"body", "我的社保卡丢了，补换要几天？"}};
        body.update(extra);
        return call("POST", "/api/v1/consultations", who, body);
    }
};

TEST_F(Consultations, AnAnonymousConsultationGetsATicketAndADueDate) {
    auto r = file_ticket(kiosk(), "consultation", {{"contact_phone", "13800138000"}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["ticket"], "ZX202612010001");
    EXPECT_EQ(r.body["reply_due"], "2026-12-08");  // 5 working days
    EXPECT_EQ(r.body["status"], "pending");
    EXPECT_EQ(r.body["channel_zh"], "南海民声热线");
    EXPECT_EQ(r.body["contact_phone_masked"], "138****8000");
    EXPECT_EQ(r.body["body"], nullptr);  // no session: nobody owns the body
    EXPECT_EQ(file_ticket(kiosk(), "consultation").body["ticket"], "ZX202612010002");
    EXPECT_EQ(file_ticket(kiosk(), "complaint").body["ticket"], "TS202612010001");
}

TEST_F(Consultations, AComplaintIsDueInTenWorkingDaysAndShowsTheBodyToItsFiler) {
    auto filer = applicant(1);
    auto r = file_ticket(filer, "complaint");
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["reply_due"], "2026-12-15");
    auto ticket = r.body["ticket"].get<std::string>();
    auto mine = call("GET", "/api/v1/consultations/" + ticket, filer);
    EXPECT_EQ(mine.body["body"], "我的社保卡丢了，补换要几天？");
    EXPECT_EQ(mine.body["restricted"], false);
    for (const auto& other : {kiosk(), applicant(2)}) {
        auto seen = call("GET", "/api/v1/consultations/" + ticket, other);
        EXPECT_EQ(seen.status, 200);
        EXPECT_EQ(seen.body["body"], nullptr);
        EXPECT_EQ(seen.body["restricted"], true);
        EXPECT_EQ(seen.body["subject"], "社保卡补换需要多久");
    }
}

TEST_F(Consultations, TheDeskRepliesAndTheFilerReadsIt) {
    auto filer = applicant(1);
    auto ticket = file_ticket(filer, "consultation").body["ticket"].get<std::string>();
    clock_->set(at("2026-12-02T15:00:00+08:00"));
    auto r = call("POST", "/api/v1/consultations/" + ticket + "/reply", desk(),
                  {{"text", "补换社保卡一般10个工作日内办结。"}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["status"], "replied");
    EXPECT_EQ(r.body["body"], "我的社保卡丢了，补换要几天？");  // the desk reads the body
    auto again = applicant(1);
    auto mine = call("GET", "/api/v1/consultations/" + ticket, again);
    EXPECT_EQ(mine.body["reply"]["text"], "补换社保卡一般10个工作日内办结。");
    EXPECT_EQ(mine.body["reply"]["replied_at"], "2026-12-02T15:00:00+08:00");
    EXPECT_EQ(call("GET", "/api/v1/consultations/" + ticket, kiosk()).body["reply"], nullptr);
    EXPECT_EQ(code_of(call("POST", "/api/v1/consultations/" + ticket + "/reply", kiosk(),
                           {{"text", "x"}})),
              "terminal_forbidden");
}

TEST_F(Consultations, AnAnonymousTicketsReplyIsShownToTheTicketHolder) {
    auto ticket = file_ticket(kiosk(), "consultation").body["ticket"].get<std::string>();
    call("POST", "/api/v1/consultations/" + ticket + "/reply", desk(), {{"text", "请携带身份证"}});
    EXPECT_EQ(call("GET", "/api/v1/consultations/" + ticket, kiosk()).body["reply"]["text"],
              "请携带身份证");
}

TEST_F(Consultations, AFalseComplaintBecomesAConductRecordOnce) {
    auto filer = applicant(1);
    auto ticket = file_ticket(filer, "complaint").body["ticket"].get<std::string>();
    auto path = "/api/v1/consultations/" + ticket + "/finding";
    auto r = call("POST", path, desk(), {{"found_false", true}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["found_false"], true);
    call("POST", path, desk(), {{"found_false", true}});
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records WHERE kind = "
                    "'false_complaint_or_evaluation' AND reference = 'complaint:" +
                    ticket + "'"),
              1);
}

TEST_F(Consultations, FindingsAreForComplaintsOnly) {
    auto ticket = file_ticket(applicant(1), "consultation").body["ticket"].get<std::string>();
    auto r = call("POST", "/api/v1/consultations/" + ticket + "/finding", desk(),
                  {{"found_false", true}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records"), 0);
    auto complaint = file_ticket(applicant(1), "complaint").body["ticket"].get<std::string>();
    auto not_false = call("POST", "/api/v1/consultations/" + complaint + "/finding", desk(),
                          {{"found_false", false}});
    EXPECT_EQ(not_false.body["found_false"], false);
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records"), 0);
}

TEST_F(Consultations, FieldsAreChecked) {
    EXPECT_EQ(file_ticket(kiosk(), "praise").body["error"]["details"]["field"], "kind");
    EXPECT_EQ(file_ticket(kiosk(), "consultation", {{"contact_phone", "12345"}})
                  .body["error"]["details"]["field"],
              "contact_phone");
    EXPECT_EQ(file_ticket(kiosk(), "consultation", {{"contact_phone", "0757-86280001"}}).status,
              201);
    EXPECT_EQ(code_of(file_ticket(kiosk(), "complaint", {{"case_code", "440605261201101000010"}})),
              "invalid_approval_code");
    auto code = make_approval_code(*parse_iso_date("2026-12-01"), 101, 9);
    EXPECT_EQ(code_of(file_ticket(kiosk(), "complaint", {{"case_code", code}})), "not_found");
}

TEST_F(Consultations, AComplaintAboutACaseIsAnsweredByThatCasesDepartment) {
    auto filer = applicant(1);
    auto code = file(filer, "SCJG-002");
    auto r = file_ticket(filer, "complaint", {{"case_code", code}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["case_code"], code);
    auto ticket = r.body["ticket"].get<std::string>();
    EXPECT_EQ(code_of(call("POST", "/api/v1/consultations/" + ticket + "/reply", rsj_desk(),
                           {{"text", "x"}})),
              "terminal_forbidden");
    EXPECT_EQ(
        call("POST", "/api/v1/consultations/" + ticket + "/reply", desk(), {{"text", "已核查"}})
            .status,
        200);
}

TEST_F(Consultations, TicketsAreCheckedBeforeLookup) {
    EXPECT_EQ(call("GET", "/api/v1/consultations/XX1", kiosk()).status, 422);
    EXPECT_EQ(code_of(call("GET", "/api/v1/consultations/ZX202612019999", kiosk())), "not_found");
}

TEST_F(Consultations, TheFilerListsOwnTicketsNewestFirst) {
    auto filer = applicant(1);
    auto first = file_ticket(filer, "consultation").body["ticket"];
    clock_->set(at("2026-12-01T09:05:00+08:00"));
    auto second = file_ticket(filer, "complaint").body["ticket"];
    file_ticket(applicant(2), "consultation");
    file_ticket(kiosk(), "consultation");
    auto r = call("GET", "/api/v1/consultations", filer);
    ASSERT_EQ(r.status, 200) << r.body.dump();
    EXPECT_EQ(r.body["total"], 2);
    EXPECT_EQ(r.body["items"][0]["ticket"], second);
    EXPECT_EQ(r.body["items"][1]["ticket"], first);
    EXPECT_EQ(r.body["items"][0]["body"], "我的社保卡丢了，补换要几天？");
}

}  // namespace
}  // namespace nanhai::platform::case_test
