// Scenario: the platform replies after the session already ended. The reply is ignored (the
// session generation moved on), the platform session it opened is signed out, and the core
// holds nothing personal.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreLateReply = CoreLive;

TEST_F(CoreLateReply, SignInReplyAfterCardRemovalIsIgnored) {
    place(chen_card());
    ASSERT_TRUE(runner_.run_next());  // the platform opened the session ...
    EXPECT_TRUE(client_.signed_in());
    remove_card();                    // ... but the citizen left before the answer showed
    auto generation = core_.session_generation();
    ASSERT_TRUE(runner_.apply_next());  // the reply arrives now
    EXPECT_EQ(core_.ignored_replies(), 1u);
    EXPECT_EQ(core_.session_generation(), generation);
    EXPECT_EQ(view().screen, "home");
    EXPECT_FALSE(view().applicant);
    expect_wiped();
}

TEST_F(CoreLateReply, BlacklistReplyAfterFinishIsIgnored) {
    place(huang_card());
    settle();
    press("blacklist.continue");
    press("home.blacklist");
    ASSERT_TRUE(runner_.run_next());
    press("session.finish");
    ASSERT_TRUE(runner_.apply_next());
    EXPECT_EQ(core_.ignored_replies(), 1u);
    EXPECT_EQ(view().screen, "home");
    expect_wiped();
}

TEST_F(CoreLateReply, NextCitizenIsNotDisturbedByThePreviousReply) {
    place(huang_card());
    ASSERT_TRUE(runner_.run_next());
    remove_card();
    place(chen_card());  // the next citizen, before the old reply is applied
    settle();
    EXPECT_EQ(core_.ignored_replies(), 1u);
    ASSERT_EQ(view().screen, "signed_in");
    EXPECT_EQ(view().applicant->masked_name, "陈*玲");
    EXPECT_TRUE(client_.signed_in());  // hers, opened after the old one was signed out
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
