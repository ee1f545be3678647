// Scenario (art. 24): a signed-in citizen stops mid-flow; after the inactivity time a visible
// countdown offers to continue; once they continue and then walk away, the countdown runs out,
// the session is signed out on the platform and everything personal is wiped.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreInactivity = CoreLive;

TEST_F(CoreInactivity, CountdownContinueThenTimeoutWipes) {
    place(huang_card());
    settle();
    press("blacklist.appeal", std::to_string(std::get<BlacklistNoticeView>(view().data).entries[0].id));
    press("appeal.statement", "草稿");
    ASSERT_EQ(view().screen, "blacklist.appeal");

    wait(60);
    EXPECT_FALSE(view().countdown_seconds);
    wait(30);
    ASSERT_EQ(view().countdown_seconds, 20);
    wait(12);
    EXPECT_EQ(view().countdown_seconds, 8);
    press("countdown.continue");
    EXPECT_FALSE(view().countdown_seconds);
    EXPECT_EQ(view().screen, "blacklist.appeal");
    EXPECT_EQ(std::get<BlacklistAppealView>(view().data).statement, "草稿");  // nothing lost

    wait(90);
    ASSERT_EQ(view().countdown_seconds, 20);
    wait(19);
    EXPECT_EQ(view().countdown_seconds, 1);
    EXPECT_TRUE(core_.signed_in());
    wait(1);
    EXPECT_EQ(core_.last_session_end(), SessionEnd::inactivity);
    EXPECT_FALSE(view().countdown_seconds);
    expect_wiped();
}

TEST_F(CoreInactivity, AnonymousFlowsTimeOutToo) {
    press("home.case_query");
    press("keypad.4");
    wait(90);
    wait(20);
    EXPECT_EQ(view().screen, "home");
    EXPECT_EQ(core_.last_session_end(), SessionEnd::inactivity);
    EXPECT_EQ(*requests_, 0);  // no session was ever opened: no sign-out either
}

using CoreInactivityWhileBooking = BookingLive;

TEST_F(CoreInactivityWhileBooking, TimeoutOnTheSlotsScreenWipesTheChoices) {
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    press("nav.back");
    ASSERT_EQ(view().screen, "appointments.slots");
    wait(90);
    ASSERT_EQ(view().countdown_seconds, 20);
    press("appointments.slots", "10:00");  // the countdown is modal
    EXPECT_EQ(view().screen, "appointments.slots");
    wait(20);
    EXPECT_EQ(core_.last_session_end(), SessionEnd::inactivity);
    expect_wiped();
    press("home.appointments");  // the next citizen starts from the beginning
    EXPECT_EQ(view().screen, "sign_in");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
