// Scenario: 陈美玲 places her resident ID card, waits while the platform answers, sees her
// masked name and auth level, and finishes: the session is signed out and wiped.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreSignInIdCard = CoreLive;

TEST_F(CoreSignInIdCard, SignsInShowsTheMaskedApplicantAndFinishWipes) {
    press("home.sign_in");
    EXPECT_EQ(view().screen, "sign_in");
    place(chen_card());
    ASSERT_TRUE(view().busy);
    EXPECT_EQ(view().busy->waiting_for_key, "wait.sign_in");
    settle();
    ASSERT_EQ(view().screen, "signed_in") << (view().error ? view().error->title_key : "");
    EXPECT_FALSE(view().busy);
    ASSERT_TRUE(view().applicant);
    EXPECT_EQ(view().applicant->masked_name, "陈*玲");
    EXPECT_NE(view().applicant->masked_id.find('*'), std::string::npos);
    EXPECT_EQ(view().applicant->auth_level, 3);
    EXPECT_EQ(view().applicant->auth_method, "id_card");
    EXPECT_FALSE(std::get<SignedInView>(view().data).blacklisted);
    EXPECT_TRUE(core_.holds_personal_data());
    EXPECT_TRUE(client_.signed_in());

    press("session.finish");
    EXPECT_EQ(core_.last_session_end(), SessionEnd::finished);
    expect_wiped();
    EXPECT_EQ(client_.current_session().error().kind, PlatformErrorKind::session_expired);
}

TEST_F(CoreSignInIdCard, LongTermCardSignsInFromHome) {
    place(chen_card("长期"));
    settle();
    EXPECT_EQ(view().screen, "signed_in");
    remove_card();
    EXPECT_EQ(core_.last_session_end(), SessionEnd::card_removed);
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
