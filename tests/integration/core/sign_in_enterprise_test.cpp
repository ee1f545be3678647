// Scenario: the demo enterprise's certificate card is inserted; the kiosk signs in as the
// enterprise; pulling the card ends the session and wipes it.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreSignInEnterprise = CoreLive;

TEST_F(CoreSignInEnterprise, CertificateCardSignsInAsTheEnterprise) {
    press("home.sign_in");
    place(meiling_enterprise_card());
    settle();
    ASSERT_EQ(view().screen, "signed_in") << (view().error ? view().error->platform_code : "");
    ASSERT_TRUE(view().applicant);
    EXPECT_EQ(view().applicant->kind, "enterprise");
    EXPECT_EQ(view().applicant->auth_method, "enterprise_cert");
    EXPECT_NE(view().applicant->masked_id, "91440605MA4W00003K");
    remove_card();
    EXPECT_EQ(core_.last_session_end(), SessionEnd::card_removed);
    expect_wiped();
}

TEST_F(CoreSignInEnterprise, TechnicianCardIsNotACitizenSignIn) {
    auto card = meiling_enterprise_card();
    card.role = hal::CertificateRole::technician;
    place(card);
    EXPECT_EQ(*requests_, 0);
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.card_unsupported");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
