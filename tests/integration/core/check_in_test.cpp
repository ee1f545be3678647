// Check-in at the hall: by the appointment number typed on the keypad (no sign-in), by the
// slip's QR scanned on the home screen, and by signing in and picking today's booking. Each
// prints the queue ticket; a second check-in for the same booking is refused by the platform.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

class CoreCheckIn : public BookingLive {
protected:
    // 陈美玲 books today 09:30 at this kiosk's hall (check-in opens at 09:00, the test clock's
    // now) and leaves; returns the booking as the booked screen showed it.
    BookingDoneView book_for_today(const std::string& start = "09:30") {
        sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-01", start);
        press("appointments.confirm");
        settle();
        EXPECT_EQ(view().screen, "appointments.booked");
        settle_print();
        auto done = std::get<BookingDoneView>(view().data);
        press("session.finish");
        settle();
        remove_card();
        return done;
    }
};

TEST_F(CoreCheckIn, ByTypedNumberPrintsTheQueueTicket) {
    const auto booked = book_for_today();
    ASSERT_EQ(booked.appointment.code, "YY202612010001");
    press("home.check_in");
    ASSERT_EQ(view().screen, "check_in");
    for (char c : std::string{"2026120100"}) press(std::string{"keypad."} + c);
    EXPECT_FALSE(std::get<CheckInView>(view().data).complete);
    press("keypad.0");
    press("keypad.1");
    EXPECT_TRUE(std::get<CheckInView>(view().data).complete);
    press("keypad.ok");
    settle();
    ASSERT_EQ(view().screen, "check_in.ticket") << (view().error ? view().error->title_key : "");
    const auto& ticket = std::get<QueueTicketView>(view().data);
    EXPECT_FALSE(ticket.ticket.empty());
    EXPECT_EQ(ticket.appointment_code, "YY202612010001");
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->kind, "queue_ticket");
    EXPECT_EQ(view().print->state, "printed");

    press("check_in.done");
    press("home.check_in");
    for (char c : std::string{"202612010001"}) press(std::string{"keypad."} + c);
    press("keypad.ok");
    settle();
    EXPECT_EQ(view().screen, "check_in");
    ASSERT_TRUE(view().error) << "checked in already";
    EXPECT_EQ(view().error->title_key, "error.platform_refused");
    EXPECT_FALSE(view().error->platform_message_zh.empty());
}

TEST_F(CoreCheckIn, ByTheSlipsQrScannedOnTheHomeScreen) {
    const auto booked = book_for_today();
    ASSERT_EQ(view().screen, "home");
    scan(booked.qr_payload);
    settle();
    ASSERT_EQ(view().screen, "check_in.ticket") << (view().error ? view().error->title_key : "");
    EXPECT_EQ(std::get<QueueTicketView>(view().data).appointment_code, booked.appointment.code);
    settle_print();
    press("check_in.done");
    expect_wiped();
}

TEST_F(CoreCheckIn, ByCardOnTheCheckInScreenListsTodaysBookingHere) {
    const auto booked = book_for_today();
    press("home.check_in");
    place(chen_card());
    settle();
    ASSERT_EQ(view().screen, "check_in");
    const auto& v = std::get<CheckInView>(view().data);
    ASSERT_TRUE(v.signed_in);
    ASSERT_EQ(v.today.size(), 1u);
    EXPECT_EQ(v.today[0].code, booked.appointment.code);
    press("check_in.list", booked.appointment.code);
    settle();
    ASSERT_EQ(view().screen, "check_in.ticket");
    settle_print();
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreCheckIn, AnUnknownCodeScannedOnHomeIsExplained) {
    scan("https://example.com/not-ours");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.code_unknown");
    EXPECT_EQ(*requests_, 0);
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
