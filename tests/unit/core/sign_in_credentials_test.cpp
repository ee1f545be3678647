// Local checks of sign-in credentials: card type mapping, validity (长期, expired, the last
// valid day), enterprise and technician cards, which codes are mobile identity QRs.
#include "kiosk/core/sign_in_credentials.hpp"

#include <gtest/gtest.h>

namespace nanhai::kiosk::core {
namespace {

const Date kToday{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{1}};

hal::ResidentIdCard card(hal::CardType type, std::string valid_to) {
    hal::ResidentIdCard c;
    c.type = type;
    c.name = SecureString{"陈美玲"};
    c.id_number = SecureString{"440605198803120528"};
    c.valid_to = SecureString{valid_to};
    return c;
}

TEST(SignInCredentials, CardTypesMapOneToOne) {
    EXPECT_EQ(map_card_type(hal::CardType::citizen), IdCardType::citizen);
    EXPECT_EQ(map_card_type(hal::CardType::hk_mo_tw_permit), IdCardType::hk_mo_tw_permit);
    EXPECT_EQ(map_card_type(hal::CardType::foreign_pr_2017), IdCardType::foreign_pr_2017);
    EXPECT_EQ(map_card_type(hal::CardType::foreign_pr_2023), IdCardType::foreign_pr_2023);
    auto permit = id_card_sign_in(card(hal::CardType::hk_mo_tw_permit, "2030-01-01"), kToday);
    ASSERT_TRUE(permit);
    EXPECT_EQ(permit->card_type, IdCardType::hk_mo_tw_permit);
}

TEST(SignInCredentials, ValidityIncludingLongTermAndTheLastDay) {
    EXPECT_FALSE(*card_expired("长期", kToday));
    EXPECT_FALSE(*card_expired("2026-12-01", kToday));  // valid through its last day
    EXPECT_TRUE(*card_expired("2026-11-30", kToday));
    EXPECT_EQ(card_expired("2026/11/30", kToday).error(), CredentialProblem::malformed);
    auto long_term = id_card_sign_in(card(hal::CardType::citizen, "长期"), kToday);
    ASSERT_TRUE(long_term);
    EXPECT_EQ(long_term->valid_to.view(), "长期");
}

TEST(SignInCredentials, ExpiredCardIsRefused) {
    auto expired = id_card_sign_in(card(hal::CardType::citizen, "2025-06-30"), kToday);
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error(), CredentialProblem::expired);
}

TEST(SignInCredentials, EnterpriseCardIsCheckedAndTechnicianCardRefused) {
    hal::CertificateCard cert;
    cert.credit_code = SecureString{"91440605ma4w00003k"};
    cert.enterprise_name = SecureString{"佛山市南海区美玲食品有限公司"};
    auto ok = enterprise_sign_in(cert);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->credit_code.view(), "91440605MA4W00003K");
    cert.credit_code = SecureString{"91440605MA4W00003X"};
    EXPECT_EQ(enterprise_sign_in(cert).error(), CredentialProblem::malformed);
    cert.role = hal::CertificateRole::technician;
    EXPECT_EQ(enterprise_sign_in(cert).error(), CredentialProblem::unsupported);
}

TEST(SignInCredentials, IdentityQrAndPersonalIdentity) {
    EXPECT_TRUE(is_identity_qr("NHID1.abc.def"));
    EXPECT_FALSE(is_identity_qr("440605261130012003450"));
    auto credential = credential_from(card(hal::CardType::citizen, "长期"), kToday);
    ASSERT_TRUE(credential);
    EXPECT_EQ(method_of(*credential), "id_card");
    auto personal = personal_identity(*credential);
    EXPECT_EQ(personal.identifier.view(), "440605198803120528");
    EXPECT_TRUE(personal_identity(MobileQrSignIn{SecureString{"NHID1.x.y"}}).empty());
}

}  // namespace
}  // namespace nanhai::kiosk::core
