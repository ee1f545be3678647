// Scenario: the platform goes down while the citizen confirms a booking. The error panel says
// the system cannot be reached and offers to try again; once it is back, "try again" books with
// the same operation key, so the booking exists exactly once whatever happened to the first try.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreBookingPlatformDown = BookingLive;

TEST_F(CoreBookingPlatformDown, RetryAfterTheOutageBooksExactlyOnce) {
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    platform_.stop();
    press("appointments.confirm");
    settle();
    EXPECT_EQ(view().screen, "appointments.confirm");  // the choice is kept
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.platform_unreachable");
    EXPECT_TRUE(view().error->retry_possible);
    EXPECT_FALSE(view().busy);

    press("error.retry");  // still down
    settle();
    ASSERT_TRUE(view().error);

    platform_.start();
    press("error.retry");
    settle();
    ASSERT_EQ(view().screen, "appointments.booked") << (view().error ? view().error->title_key : "");
    const std::string code = std::get<BookingDoneView>(view().data).appointment.code;
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "printed");

    press("appointments.done");
    press("home.appointments");
    settle();
    const auto& mine = std::get<AppointmentsView>(view().data).appointments;
    ASSERT_EQ(mine.size(), 1u) << "booked once, whatever the retries";
    EXPECT_EQ(mine[0].code, code);
    EXPECT_EQ(slot_at("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30")["places_left"], 3);
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
