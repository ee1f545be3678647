// Scenario: an expired ID card is refused on the kiosk with a clear error, before any network
// call, and nothing of the card is kept.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreSignInExpiredCard = CoreLive;

TEST_F(CoreSignInExpiredCard, RefusedLocallyWithoutANetworkCall) {
    press("home.sign_in");
    place(chen_card("2026-11-30"));  // expired yesterday on the kiosk's clock
    EXPECT_EQ(runner_.pending(), 0u);
    settle();
    EXPECT_EQ(*requests_, 0);
    EXPECT_EQ(view().screen, "sign_in");
    EXPECT_FALSE(view().busy);
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.card_expired");
    EXPECT_EQ(view().error->action_key, "action.renew_card");
    EXPECT_FALSE(view().error->retry_possible);
    EXPECT_FALSE(core_.holds_personal_data());

    remove_card();
    place(chen_card("2026-12-01"));  // valid through today
    settle();
    EXPECT_EQ(view().screen, "signed_in");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
