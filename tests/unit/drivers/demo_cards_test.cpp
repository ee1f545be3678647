// The demo cards: every named card exists, carries numbers that pass the same checks the kiosk
// and platform apply, and matches docs/demo-identities.md.
#include "drivers/sim/demo_cards.hpp"

#include <gtest/gtest.h>

#include "common/citizen_id.hpp"
#include "common/credit_code.hpp"

namespace nanhai::drivers {
namespace {

const Date kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{28}};

hal::ResidentIdCard resident(std::string_view name) {
    auto card = make_demo_card(name);
    EXPECT_TRUE(card && std::holds_alternative<hal::ResidentIdCard>(*card)) << name;
    return card ? std::get<hal::ResidentIdCard>(*card) : hal::ResidentIdCard{};
}

hal::CertificateCard certificate(std::string_view name) {
    auto card = make_demo_card(name);
    EXPECT_TRUE(card && std::holds_alternative<hal::CertificateCard>(*card)) << name;
    return card ? std::get<hal::CertificateCard>(*card) : hal::CertificateCard{};
}

TEST(DemoCards, AllSevenNamesExist) {
    EXPECT_EQ(demo_card_names(),
              (std::vector<std::string_view>{"citizen", "hk-permit", "foreign-pr", "expired",
                                             "blacklisted", "enterprise", "technician"}));
    EXPECT_FALSE(make_demo_card("nobody"));
}

TEST(DemoCards, CitizenIsChenMeilingOfNanhai) {
    auto card = resident("citizen");
    EXPECT_EQ(card.type, hal::CardType::citizen);
    EXPECT_EQ(card.name.str(), "陈美玲");
    EXPECT_EQ(card.id_number.str(), "440605198803120528");
    EXPECT_EQ(card.valid_to.str(), "2036-03-12");
    EXPECT_NE(card.address.str().find("南海区"), std::string::npos);
    EXPECT_TRUE(parse_citizen_id(card.id_number.view(), kToday));
}

TEST(DemoCards, HongKongPermitNumberStartsWith810000AndChecks) {
    auto card = resident("hk-permit");
    EXPECT_EQ(card.type, hal::CardType::hk_mo_tw_permit);
    EXPECT_EQ(card.id_number.str().rfind("810000", 0), 0u);
    EXPECT_TRUE(parse_citizen_id(card.id_number.view(), kToday));
}

TEST(DemoCards, ForeignPermanentResidentIs2023FormatStartingWith9) {
    auto card = resident("foreign-pr");
    EXPECT_EQ(card.type, hal::CardType::foreign_pr_2023);
    EXPECT_EQ(card.id_number.str().size(), 18u);
    EXPECT_EQ(card.id_number.str()[0], '9');
    EXPECT_FALSE(card.name_en.empty());
    EXPECT_TRUE(parse_citizen_id(card.id_number.view(), kToday));
}

TEST(DemoCards, ExpiredCardEndedMid2024) {
    auto card = resident("expired");
    EXPECT_EQ(card.valid_to.str(), "2024-06-30");
    EXPECT_TRUE(parse_citizen_id(card.id_number.view(), kToday));
}

TEST(DemoCards, BlacklistedIsHuangZhiqiang) {
    auto card = resident("blacklisted");
    EXPECT_EQ(card.name.str(), "黄志强");
    EXPECT_EQ(card.id_number.str(), "440605198506154318");
}

TEST(DemoCards, EnterpriseCertificateCarriesTheDemoCreditCode) {
    auto card = certificate("enterprise");
    EXPECT_EQ(card.role, hal::CertificateRole::enterprise);
    EXPECT_EQ(card.enterprise_name.str(), "佛山市南海区美玲食品有限公司");
    EXPECT_EQ(card.credit_code.str(), "91440605MA4W00003K");
    EXPECT_EQ(card.holder_name.str(), "陈美玲");
    EXPECT_TRUE(parse_credit_code(card.credit_code.view()));
}

TEST(DemoCards, TechnicianCertificateHasTheTechnicianRole) {
    auto card = certificate("technician");
    EXPECT_EQ(card.role, hal::CertificateRole::technician);
    EXPECT_FALSE(card.holder_name.empty());
    EXPECT_EQ(card.certificate_sha256.size(), 64u);
}

}  // namespace
}  // namespace nanhai::drivers
