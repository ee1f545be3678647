// Scenario: the platform is down while a citizen signs in: the error panel says so and offers
// retry; once the platform is back, retry signs in (with the same operation key).
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreSignInPlatformDown = CoreLive;

TEST_F(CoreSignInPlatformDown, ErrorWithRetryThenRetryWorksAfterRestart) {
    platform_.stop();
    press("home.sign_in");
    place(chen_card());
    settle();
    EXPECT_EQ(view().screen, "sign_in");
    EXPECT_FALSE(view().busy);
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.platform_unreachable");
    EXPECT_EQ(view().error->action_key, "action.retry_or_ask_staff");
    EXPECT_TRUE(view().error->retry_possible);

    press("error.retry");  // still down
    settle();
    ASSERT_TRUE(view().error);
    EXPECT_TRUE(view().error->retry_possible);

    platform_.start();
    press("error.retry");
    settle();
    ASSERT_EQ(view().screen, "signed_in") << (view().error ? view().error->title_key : "");
    EXPECT_FALSE(view().error);
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreSignInPlatformDown, DismissingTheErrorForgetsTheCard) {
    platform_.stop();
    place(chen_card());
    settle();
    ASSERT_TRUE(core_.holds_personal_data());  // kept for retry while the panel offers it
    press("error.dismiss");
    EXPECT_FALSE(core_.holds_personal_data());
    press("session.finish");
    runner_.run_all();
    EXPECT_FALSE(client_.signed_in());
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
