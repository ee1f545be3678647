// The blacklist of art. 25: more than three missed appointments blacklist, the appeal deadline is
// 30 working days (across holidays), an upheld appeal removes the blacklisting and unblocks
// booking, a rejected one does not, a late appeal is refused; the desk's conduct records.
#include <gtest/gtest.h>

#include "platform/domain/blacklist.hpp"
#include "tests/unit/platform/booking_fixture.hpp"

namespace nanhai::platform::booking_test {
namespace {

class Blacklist : public BookingFixture {
protected:
    std::int64_t applicant_id(int n) {
        return count("SELECT id FROM applicants WHERE id_number = '" + id_number(n) + "'");
    }

    // Signs the applicant in (so that they exist) and records `times` missed appointments now.
    void record_missed(int n, int times) {
        applicant(n);
        for (int i = 0; i < times; ++i)
            ASSERT_TRUE(record_conduct(platform_->database(), clock_->now(), platform_->rules(),
                                       applicant_id(n), "missed_appointment",
                                       "YY2026120" + std::to_string(i), "platform"));
    }

    nlohmann::json view(int n) {
        auto r = call("GET", "/api/v1/blacklist", applicant(n));
        EXPECT_EQ(r.status, 200) << r.body.dump();
        return r.body;
    }

    HttpResponse appeal(int n, std::int64_t blacklisting, const std::string& statement) {
        return call("POST", "/api/v1/blacklist/" + std::to_string(blacklisting) + "/appeals",
                    applicant(n), {{"statement", statement}});
    }

    HttpResponse decide(std::int64_t appeal_id, const nlohmann::json& body) {
        return call("POST", "/api/v1/appeals/" + std::to_string(appeal_id) + "/decision", desk(),
                    body);
    }
};

TEST_F(Blacklist, ThreeMissedAppointmentsAreToleratedTheFourthBlacklists) {
    const char* days[] = {"2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"};
    for (const char* day : days) ASSERT_EQ(book(applicant(1), slot_id(day, "09:00")).status, 201);
    for (int i = 0; i < 3; ++i) {
        set_clock(std::string{days[i]} + "T09:30:00+08:00");
        EXPECT_EQ(view(1)["blacklisted"], false) << "after " << i + 1 << " missed";
    }
    set_clock("2026-12-07T09:30:00+08:00");
    auto v = view(1);
    ASSERT_EQ(v["blacklisted"], true);
    const auto& entry = v["entries"][0];
    EXPECT_EQ(entry["kind"], "missed_appointment");
    EXPECT_EQ(entry["record_count"], 4);
    EXPECT_EQ(entry["notice_date"], "2026-12-07");
    EXPECT_EQ(entry["appeal_deadline"], "2027-01-19");  // across New Year's Day 2027
    EXPECT_EQ(entry["appeal_working_days_left"], 30);
    EXPECT_EQ(entry["blocked"], (nlohmann::json{"booking", "applying"}));
    EXPECT_TRUE(entry["appeal"].is_null());
    EXPECT_EQ(entry["can_appeal"], true);
    EXPECT_NE(entry["reason_zh"].get<std::string>().find("失约超过三次"), std::string::npos);

    auto refused = book(applicant(1), slot_id("2026-12-08", "09:00"));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(code_of(refused), "applicant_blacklisted");
    EXPECT_EQ(refused.body["error"]["details"]["entries"][0]["kind"], "missed_appointment");
}

TEST_F(Blacklist, TheAppealDeadlineIsThirtyWorkingDaysAcrossNationalDay) {
    set_clock("2026-09-21T10:00:00+08:00");  // Monday; Mid-Autumn and National Day follow
    record_missed(1, 4);
    auto v = blacklist_view(platform_->database(), applicant_id(1), clock_->now(),
                            platform_->rules());
    ASSERT_TRUE(v);
    EXPECT_EQ((*v)["entries"][0]["notice_date"], "2026-09-21");
    // Without holidays it would be 2026-11-02; 25-27 Sep and 1-7 Oct are off, 10 Oct is worked.
    EXPECT_EQ((*v)["entries"][0]["appeal_deadline"], "2026-11-09");
    auto later = blacklist_view(platform_->database(), applicant_id(1),
                                at("2026-10-08T10:00:00+08:00"), platform_->rules());
    EXPECT_EQ((*later)["entries"][0]["appeal_working_days_left"], 23);
}

TEST_F(Blacklist, AnUpheldAppealRemovesTheBlacklistingAndUnblocksBooking) {
    record_missed(1, 4);
    std::int64_t id = view(1)["entries"][0]["id"];
    auto filed = appeal(1, id, "那几天住院，有医院证明。I was in hospital those days.");
    ASSERT_EQ(filed.status, 201) << filed.body.dump();
    EXPECT_EQ(filed.body["status"], "pending");
    EXPECT_TRUE(filed.body["decided_at"].is_null());
    EXPECT_EQ(code_of(appeal(1, id, "again")), "appeal_already_pending");
    auto pending = view(1)["entries"][0];
    EXPECT_EQ(pending["appeal"]["status"], "pending");
    EXPECT_EQ(pending["can_appeal"], false);

    std::int64_t appeal_id = filed.body["id"];
    auto decided = decide(appeal_id, {{"outcome", "upheld"}, {"note", "非故意，予以除名"}});
    ASSERT_EQ(decided.status, 200) << decided.body.dump();
    EXPECT_EQ(decided.body["status"], "upheld");
    EXPECT_EQ(view(1)["blacklisted"], false);
    EXPECT_EQ(book(applicant(1), slot_id("2026-12-02", "09:00")).status, 201);
    EXPECT_EQ(code_of(decide(appeal_id, {{"outcome", "rejected"}, {"note", "x"}})),
              "appeal_already_decided");
    // The cleared records no longer count: one new miss does not blacklist again.
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records WHERE cleared = 0"), 0);
    record_missed(1, 1);
    EXPECT_EQ(view(1)["blacklisted"], false);
}

TEST_F(Blacklist, ARejectedAppealKeepsTheBlacklisting) {
    record_missed(1, 4);
    std::int64_t id = view(1)["entries"][0]["id"];
    std::int64_t appeal_id = appeal(1, id, "我忘了。I forgot.").body["id"];
    auto no_reason = decide(appeal_id, {{"outcome", "rejected"}});
    EXPECT_EQ(no_reason.body["error"]["details"]["field"], "note");
    auto decided = decide(appeal_id, {{"outcome", "rejected"}, {"note", "无法证明非故意"}});
    ASSERT_EQ(decided.status, 200) << decided.body.dump();
    EXPECT_EQ(decided.body["decision_note"], "无法证明非故意");
    auto entry = view(1)["entries"][0];
    EXPECT_EQ(entry["appeal"]["status"], "rejected");
    EXPECT_EQ(entry["can_appeal"], true);  // a new appeal is possible until the deadline
    EXPECT_EQ(code_of(book(applicant(1), slot_id("2026-12-02", "09:00"))),
              "applicant_blacklisted");
}

TEST_F(Blacklist, AnAppealAfterTheDeadlineIsRefused) {
    set_clock("2026-09-21T10:00:00+08:00");
    record_missed(1, 4);
    record_missed(2, 4);
    std::int64_t first = view(1)["entries"][0]["id"];
    std::int64_t second = view(2)["entries"][0]["id"];
    set_clock("2026-11-09T16:00:00+08:00");  // the deadline itself: still in time
    EXPECT_EQ(view(1)["entries"][0]["appeal_working_days_left"], 0);
    EXPECT_EQ(appeal(1, first, "按时申诉").status, 201);
    set_clock("2026-11-10T09:00:00+08:00");
    auto late = appeal(2, second, "逾期申诉");
    EXPECT_EQ(late.status, 409);
    EXPECT_EQ(code_of(late), "appeal_deadline_passed");
    EXPECT_EQ(view(2)["entries"][0]["can_appeal"], false);
}

TEST_F(Blacklist, NobodyAppealsAgainstSomeoneElsesBlacklisting) {
    record_missed(1, 4);
    std::int64_t id = view(1)["entries"][0]["id"];
    EXPECT_EQ(code_of(appeal(2, id, "not mine")), "not_found");
    EXPECT_EQ(code_of(appeal(1, 424242, "no such")), "not_found");
}

TEST_F(Blacklist, TheDeskRecordsConductFalseMaterialsBlacklistAtOnce) {
    applicant(1);
    auto record = [&](const Caller& who, int n, const std::string& kind) {
        return call("POST", "/api/v1/conduct-records", who,
                    {{"id_number", id_number(n)}, {"kind", kind}, {"reference", "CASE-1"}});
    };
    EXPECT_EQ(code_of(record(kiosk(), 1, "false_materials")), "terminal_forbidden");
    EXPECT_EQ(code_of(record(desk(), 7, "false_materials")), "not_found");  // never signed in
    EXPECT_EQ(record(desk(), 1, "missed_appointment").status, 422);  // the platform's own kind
    auto once = record(desk(), 1, "false_materials");
    ASSERT_EQ(once.status, 201) << once.body.dump();
    EXPECT_EQ(once.body["blacklist"]["blacklisted"], true);
    EXPECT_EQ(once.body["blacklist"]["entries"][0]["kind"], "false_materials");

    applicant(2);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(record(desk(), 2, "irrelevant_upload").body["blacklist"]["blacklisted"], false);
    EXPECT_EQ(record(desk(), 2, "irrelevant_upload").body["blacklist"]["blacklisted"], true);
}

}  // namespace
}  // namespace nanhai::platform::booking_test
