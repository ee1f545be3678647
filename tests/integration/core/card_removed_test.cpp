// Scenario (art. 24): the card is pulled mid-flow (while typing an appeal), and while the
// sign-in is still under way: either way the session ends and nothing personal is left.
#include "tests/integration/core/core_live_rig.hpp"

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

}  // namespace
}  // namespace nanhai::kiosk::core::test
