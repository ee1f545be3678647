// Scenario: a citizen shows the mobile identity QR (minted by the demo endpoint, as the phone
// app would); the kiosk signs in with it (auth level 2). No card is on the reader, so card
// removal events do not end this session; finishing does.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreSignInMobileQr = CoreLive;

TEST_F(CoreSignInMobileQr, ScannedIdentityQrSignsIn) {
    auto token = mint_identity_qr("440605198803120528", "陈美玲");
    ASSERT_TRUE(token.starts_with("NHID1."));
    press("home.sign_in");
    scan(token);
    ASSERT_TRUE(view().busy);
    settle();
    ASSERT_EQ(view().screen, "signed_in") << (view().error ? view().error->platform_code : "");
    ASSERT_TRUE(view().applicant);
    EXPECT_EQ(view().applicant->auth_method, "mobile_qr");
    EXPECT_EQ(view().applicant->auth_level, 2);
    EXPECT_EQ(view().applicant->masked_name, "陈*玲");

    remove_card();  // someone else's card event: not this session's
    EXPECT_TRUE(core_.signed_in());
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreSignInMobileQr, AQrUsedTwiceIsRefusedByThePlatform) {
    auto token = mint_identity_qr("440605198803120528", "陈美玲");
    scan(token);
    settle();
    ASSERT_EQ(view().screen, "signed_in");
    press("session.finish");
    expect_wiped();
    scan(token);
    settle();
    EXPECT_EQ(view().screen, "sign_in");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.platform_refused");
    EXPECT_FALSE(view().error->platform_code.empty());
    EXPECT_FALSE(core_.holds_personal_data());  // a refused QR is not kept for retry
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
