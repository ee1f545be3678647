// Appointments through the request pipeline: slots from opening hours, booking rules (capacity,
// one booking per item and day, started slots), cancelling around the cutoff, check-in at the
// right hall in the right window with increasing queue tickets, and the no-show sweep.
#include <gtest/gtest.h>

#include <regex>

#include "common/signed_payload.hpp"
#include "tests/unit/platform/booking_fixture.hpp"

namespace nanhai::platform::booking_test {
namespace {

class Appointments : public BookingFixture {};

TEST_F(Appointments, SlotsAreCreatedFromOpeningHoursOnFirstUse) {
    auto day = slots("2026-12-02");
    ASSERT_EQ(day.size(), 12u);  // 09:00-12:00 and 14:00-17:00 in 30 minutes
    EXPECT_EQ(day[0]["start"], "09:00");
    EXPECT_EQ(day[0]["end"], "09:30");
    EXPECT_EQ(day[0]["starts_at"], "2026-12-02T09:00:00+08:00");
    EXPECT_EQ(day[6]["start"], "14:00");
    EXPECT_EQ(day[11]["end"], "17:00");
    EXPECT_EQ(day[0]["capacity"], 2);
    EXPECT_EQ(day[0]["places_left"], 2);
    EXPECT_EQ(day[0]["bookable"], true);
    EXPECT_EQ(slots("2026-12-02")[0]["id"], day[0]["id"]);  // asked twice, created once
    EXPECT_EQ(count("SELECT COUNT(*) FROM slots"), 12);
}

TEST_F(Appointments, SlotsOnlyForWorkingDaysInTheHorizonAtAServingHall) {
    auto ask = [&](const std::string& item, const std::string& date) {
        return call("GET", "/api/v1/slots", kiosk(), nullptr,
                    {{"hall", "NH-DISTRICT"}, {"item", item}, {"date", date}});
    };
    EXPECT_EQ(code_of(ask("IT-PERMIT", "2026-12-05")), "not_a_working_day");  // Saturday
    auto past = ask("IT-PERMIT", "2026-11-30");
    EXPECT_EQ(code_of(past), "validation_failed");
    EXPECT_EQ(past.body["error"]["details"]["field"], "date");
    EXPECT_EQ(code_of(ask("IT-PERMIT", "2027-01-01")), "validation_failed");  // 31 days ahead
    EXPECT_EQ(ask("IT-OTHER", "2026-12-02").status, 422);
    EXPECT_EQ(code_of(ask("IT-OTHER", "2026-12-02")), "item_not_served_at_hall");
    auto no_hall = call("GET", "/api/v1/slots", kiosk(), nullptr,
                        {{"item", "IT-PERMIT"}, {"date", "2026-12-02"}});
    EXPECT_EQ(no_hall.body["error"]["details"]["field"], "hall");
}

TEST_F(Appointments, AYearWithoutACalendarIsNotGuessed) {
    set_clock("2027-12-20T08:00:00+08:00");
    auto r = call("GET", "/api/v1/slots", kiosk(), nullptr,
                  {{"hall", "NH-DISTRICT"}, {"item", "IT-PERMIT"}, {"date", "2028-01-04"}});
    EXPECT_EQ(code_of(r), "calendar_not_available");
}

TEST_F(Appointments, StartedSlotsAreNotBookable) {
    set_clock("2026-12-01T10:10:00+08:00");
    auto day = slots("2026-12-01");
    EXPECT_EQ(day[2]["start"], "10:00");
    EXPECT_EQ(day[2]["bookable"], false);
    EXPECT_EQ(day[3]["bookable"], true);
}

TEST_F(Appointments, DayPickerOffersWorkingDaysWithPlacesLeft) {
    set_clock("2026-12-01T16:40:00+08:00");  // today's last slot has started
    auto r = call("GET", "/api/v1/slots/days", kiosk(), nullptr,
                  {{"hall", "NH-DISTRICT"}, {"item", "IT-PERMIT"}, {"days", "4"}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
    ASSERT_EQ(r.body["days"].size(), 4u);
    EXPECT_EQ(r.body["days"][0]["date"], "2026-12-02");
    EXPECT_EQ(r.body["days"][2]["date"], "2026-12-04");
    EXPECT_EQ(r.body["days"][3]["date"], "2026-12-07");  // the weekend is skipped
    EXPECT_EQ(r.body["days"][3]["weekday"], 1);
    EXPECT_EQ(r.body["days"][0]["places_left"], 24);
}

TEST_F(Appointments, BookingTakesAPlaceAndSignsTheSlip) {
    auto slot = slot_id("2026-12-02", "09:00");
    auto r = book(applicant(1), slot);
    ASSERT_EQ(r.status, 201) << r.body.dump();
    std::string code = r.body["code"];
    EXPECT_TRUE(std::regex_match(code, std::regex{"YY20261202\\d{4}"})) << code;
    EXPECT_EQ(r.body["status"], "booked");
    EXPECT_EQ(r.body["hall"]["code"], "NH-DISTRICT");
    EXPECT_EQ(r.body["item"]["name_zh"], "测试许可");
    EXPECT_EQ(r.body["cancel_until"], "2026-12-02T07:00:00+08:00");
    EXPECT_EQ(r.body["check_in_from"], "2026-12-02T08:30:00+08:00");
    EXPECT_NE(r.body["no_show_rule_zh"].get<std::string>().find("三次"), std::string::npos);
    const auto& key = platform_->keys().receipt;
    const TrustedKey keys[] = {{key.key_id, key.pair.public_key}};
    auto slip = verify_signed_payload(r.body["qr_payload"].get<std::string>(), keys);
    ASSERT_TRUE(slip);
    EXPECT_EQ(slip->type, 'A');
    EXPECT_EQ(slip->fields, (std::vector<std::string>{code, "NH-DISTRICT", "2026-12-02", "09:00"}));
    EXPECT_EQ(slots("2026-12-02")[0]["places_left"], 1);
}

TEST_F(Appointments, AFullSlotIsRefused) {
    auto slot = slot_id("2026-12-02", "09:00");
    EXPECT_EQ(book(applicant(1), slot).status, 201);
    EXPECT_EQ(book(applicant(2), slot).status, 201);
    auto third = book(applicant(3), slot);
    EXPECT_EQ(third.status, 409);
    EXPECT_EQ(code_of(third), "slot_full");
    EXPECT_EQ(slots("2026-12-02")[0]["places_left"], 0);
    EXPECT_EQ(slots("2026-12-02")[0]["bookable"], false);
}

TEST_F(Appointments, OneActiveBookingPerItemAndDay) {
    auto who = applicant(1);
    auto first = book(who, slot_id("2026-12-02", "09:00"));
    ASSERT_EQ(first.status, 201);
    auto again = book(who, slot_id("2026-12-02", "14:00"));
    EXPECT_EQ(code_of(again), "duplicate_booking");
    EXPECT_EQ(again.body["error"]["details"]["code"], first.body["code"]);
    EXPECT_EQ(book(who, slot_id("2026-12-03", "09:00")).status, 201);  // another day is fine
    auto cancel = call("POST", "/api/v1/appointments/" + first.body["code"].get<std::string>() +
                                   "/cancel", who);
    EXPECT_EQ(cancel.status, 200);
    EXPECT_EQ(book(who, slot_id("2026-12-02", "14:00")).status, 201);  // after cancelling
}

TEST_F(Appointments, AStartedSlotCannotBeBooked) {
    auto slot = slot_id("2026-12-01", "09:00");
    set_clock("2026-12-01T09:00:00+08:00");
    EXPECT_EQ(code_of(book(applicant(1), slot)), "slot_in_past");
    EXPECT_EQ(code_of(book(applicant(1), 999999)), "not_found");
}

TEST_F(Appointments, CancelUntilTheCutoffFreesThePlace) {
    auto a = book(applicant(1), slot_id("2026-12-02", "09:00"));
    auto b = book(applicant(2), slot_id("2026-12-02", "10:00"));
    std::string a_code = a.body["code"], b_code = b.body["code"];
    set_clock("2026-12-02T07:00:00+08:00");  // exactly the cutoff of the 09:00 slot
    auto cancelled = call("POST", "/api/v1/appointments/" + a_code + "/cancel", applicant(1));
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.dump();
    EXPECT_EQ(cancelled.body["status"], "cancelled");
    set_clock("2026-12-02T08:00:01+08:00");  // one second past the 10:00 slot's cutoff
    auto late = call("POST", "/api/v1/appointments/" + b_code + "/cancel", applicant(2));
    EXPECT_EQ(code_of(late), "cancel_cutoff_passed");
    auto twice = call("POST", "/api/v1/appointments/" + a_code + "/cancel", applicant(1));
    EXPECT_EQ(code_of(twice), "appointment_not_active");
    auto day = slots("2026-12-02");
    EXPECT_EQ(day[0]["places_left"], 2);
    EXPECT_EQ(day[2]["places_left"], 1);
}

TEST_F(Appointments, ApplicantsSeeOnlyTheirOwnBookingsNewestFirst) {
    auto who = applicant(1);
    auto older = book(who, slot_id("2026-12-02", "09:00"));
    auto newer = book(who, slot_id("2026-12-03", "09:00"));
    auto list = call("GET", "/api/v1/appointments", who);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(list.body["total"], 2);
    EXPECT_EQ(list.body["items"][0]["code"], newer.body["code"]);
    EXPECT_EQ(list.body["items"][1]["code"], older.body["code"]);
    auto path = "/api/v1/appointments/" + older.body["code"].get<std::string>();
    EXPECT_EQ(call("GET", path, who).body["date"], "2026-12-02");
    auto other = applicant(2);
    EXPECT_EQ(call("GET", path, other).status, 404);
    EXPECT_EQ(call("POST", path + "/cancel", other).status, 404);
    EXPECT_EQ(call("GET", "/api/v1/appointments", other).body["total"], 0);
}

TEST_F(Appointments, CheckInAtTheRightHallInTheWindowIssuesIncreasingTickets) {
    auto slot = slot_id("2026-12-02", "09:00");
    std::string a = book(applicant(1), slot).body["code"];
    std::string b_qr = book(applicant(2), slot).body["qr_payload"];
    set_clock("2026-12-02T08:29:59+08:00");
    EXPECT_EQ(code_of(call("POST", "/api/v1/check-ins", kiosk(), {{"appointment_code", a}})),
              "check_in_too_early");
    set_clock("2026-12-02T08:30:00+08:00");
    auto wrong = call("POST", "/api/v1/check-ins", guicheng_kiosk(), {{"appointment_code", a}});
    EXPECT_EQ(code_of(wrong), "check_in_wrong_hall");
    EXPECT_EQ(wrong.body["error"]["details"]["hall"]["code"], "NH-DISTRICT");
    auto first = call("POST", "/api/v1/check-ins", kiosk(), {{"appointment_code", a}});
    ASSERT_EQ(first.status, 201) << first.body.dump();
    EXPECT_EQ(first.body["ticket"], "A001");
    EXPECT_EQ(first.body["waiting_ahead"], 0);
    auto second = call("POST", "/api/v1/check-ins", kiosk(), {{"qr_payload", b_qr}});
    ASSERT_EQ(second.status, 201) << second.body.dump();
    EXPECT_EQ(second.body["ticket"], "A002");
    EXPECT_EQ(second.body["waiting_ahead"], 1);
    EXPECT_EQ(code_of(call("POST", "/api/v1/check-ins", kiosk(), {{"appointment_code", a}})),
              "appointment_not_active");
    auto mine = call("GET", "/api/v1/appointments/" + a, applicant(1));
    EXPECT_EQ(mine.body["status"], "checked_in");
    EXPECT_EQ(mine.body["ticket"], "A001");
}

TEST_F(Appointments, CheckInAfterTheSlotEndedIsTooLate) {
    std::string code = book(applicant(1), slot_id("2026-12-02", "09:00")).body["code"];
    set_clock("2026-12-02T09:30:00+08:00");
    EXPECT_EQ(code_of(call("POST", "/api/v1/check-ins", kiosk(), {{"appointment_code", code}})),
              "check_in_too_late");
}

TEST_F(Appointments, AForgedSlipIsRefused) {
    std::string qr = book(applicant(1), slot_id("2026-12-02", "09:00")).body["qr_payload"];
    set_clock("2026-12-02T08:45:00+08:00");
    auto forged = qr;
    auto at_hall = forged.find("|NH-DISTRICT|");
    forged[at_hall - 1] = forged[at_hall - 1] == '9' ? '8' : '9';  // another booking's code
    auto r = call("POST", "/api/v1/check-ins", kiosk(), {{"qr_payload", forged}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.body["error"]["details"]["field"], "qr_payload");
    auto junk = call("POST", "/api/v1/check-ins", kiosk(), {{"qr_payload", "hello"}});
    EXPECT_EQ(junk.body["error"]["details"]["field"], "qr_payload");
    EXPECT_EQ(call("POST", "/api/v1/check-ins", kiosk(), {{"qr_payload", qr}}).status, 201);
}

TEST_F(Appointments, ABookingNotCheckedInByTheSlotEndIsANoShow) {
    std::string code = book(applicant(1), slot_id("2026-12-02", "09:00")).body["code"];
    set_clock("2026-12-02T09:29:59+08:00");
    EXPECT_EQ(call("GET", "/api/v1/appointments/" + code, applicant(1)).body["status"], "booked");
    set_clock("2026-12-02T09:30:00+08:00");
    slots("2026-12-03");  // any authenticated request runs the sweep
    EXPECT_EQ(call("GET", "/api/v1/appointments/" + code, applicant(1)).body["status"], "no_show");
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records WHERE kind = 'missed_appointment' AND "
                    "reference = '" + code + "' AND terminal_id = 'platform'"),
              1);
    slots("2026-12-03");  // swept once only
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records"), 1);
    EXPECT_EQ(slots("2026-12-02")[0]["places_left"], 1);  // a missed place is not given back
}

}  // namespace
}  // namespace nanhai::platform::booking_test
