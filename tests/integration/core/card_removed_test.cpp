// Scenario (art. 24): the card is pulled mid-flow (while typing an appeal, while booking), and
// while the sign-in or the booking is still under way: the session ends and nothing personal
// is left.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreCardRemoved = CoreLive;

TEST_F(CoreCardRemoved, MidFlowEndsTheSession) {
    place(huang_card());
    settle();
    press("blacklist.appeal", std::to_string(std::get<BlacklistNoticeView>(view().data).entries[0].id));
    press("appeal.preset", "unintentional");
    ASSERT_TRUE(core_.holds_personal_data());
    remove_card();
    EXPECT_EQ(core_.last_session_end(), SessionEnd::card_removed);
    EXPECT_EQ(view().screen, "home");
    expect_wiped();
}

TEST_F(CoreCardRemoved, WhileSigningInAbandonsTheSignIn) {
    place(chen_card());
    ASSERT_TRUE(view().busy);
    remove_card();
    EXPECT_EQ(core_.last_session_end(), SessionEnd::card_removed);
    EXPECT_FALSE(view().busy);
    expect_wiped();  // the late sign-in reply is ignored and its session signed out
    EXPECT_EQ(core_.ignored_replies(), 1u);
}

using CoreCardRemovedWhileBooking = BookingLive;

TEST_F(CoreCardRemovedWhileBooking, OnTheConfirmScreenEndsTheSessionAndBooksNothing) {
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    remove_card();
    EXPECT_EQ(core_.last_session_end(), SessionEnd::card_removed);
    expect_wiped();
    EXPECT_EQ(slot_at("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30")["places_left"], 4);
}

TEST_F(CoreCardRemovedWhileBooking, WhileTheBookingIsSentIgnoresTheReply) {
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    press("appointments.confirm");
    ASSERT_TRUE(view().busy);
    remove_card();  // before the platform's answer is applied
    expect_wiped();  // the booking reply is ignored, the session signed out
    EXPECT_EQ(core_.ignored_replies(), 1u);
    EXPECT_FALSE(view().print) << "no slip for a citizen who has gone";
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
