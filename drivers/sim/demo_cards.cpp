// The demo card table, in code rather than a data file: the cards are part of the simulator's
// contract with scripts and tests, and a missing asset file must not break a demo.
#include "drivers/sim/demo_cards.hpp"

#include <utility>

namespace nanhai::drivers {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view kNanhaiIssuer = "佛山市公安局南海分局";

hal::ResidentIdCard citizen_card(std::string_view name, std::string_view sex,
                                 std::string_view birth, std::string_view address,
                                 std::string_view number, std::string_view from,
                                 std::string_view to) {
    hal::ResidentIdCard card;
    card.type = hal::CardType::citizen;
    card.name = name;
    card.sex = sex;
    card.nation = "01"sv;  // 汉
    card.birth_date = birth;
    card.address = address;
    card.id_number = number;
    card.issuer = kNanhaiIssuer;
    card.valid_from = from;
    card.valid_to = to;
    return card;
}

hal::IdentityDocument citizen() {
    return citizen_card("陈美玲", "2", "1988-03-12", "广东省佛山市南海区桂城街道南海大道北88号",
                        "440605198803120528", "2016-03-12", "2036-03-12");
}

hal::IdentityDocument expired() {
    return citizen_card("何嘉欣", "2", "1992-06-30", "广东省佛山市南海区大沥镇广佛路28号",
                        "440605199206300621", "2014-06-30", "2024-06-30");
}

hal::IdentityDocument blacklisted() {
    return citizen_card("黄志强", "1", "1985-06-15", "广东省佛山市南海区狮山镇博爱路6号",
                        "440605198506154318", "2021-06-15", "2041-06-15");
}

hal::IdentityDocument hk_permit() {
    hal::ResidentIdCard card;
    card.type = hal::CardType::hk_mo_tw_permit;
    card.name = "梁家豪"sv;
    card.sex = "1"sv;
    card.birth_date = "1992-05-15"sv;
    card.address = "广东省佛山市南海区桂城街道灯湖东路1号"sv;
    card.id_number = "81000019920515003X"sv;  // 810000: Hong Kong; X is the GB 11643 check
    card.issuer = kNanhaiIssuer;
    card.valid_from = "2023-05-15"sv;
    card.valid_to = "2028-05-15"sv;
    return card;
}

hal::IdentityDocument foreign_pr() {
    hal::ResidentIdCard card;
    card.type = hal::CardType::foreign_pr_2023;
    card.name = "艾玛·史密斯"sv;
    card.name_en = "SMITH, EMMA"sv;
    card.sex = "2"sv;
    card.birth_date = "1985-07-21"sv;
    // 9, province 44 (Guangdong), nationality 826 (United Kingdom), birth date, sequence 012,
    // GB 11643 check character.
    card.id_number = "944826198507210128"sv;
    card.issuer = "中华人民共和国国家移民管理局"sv;
    card.valid_from = "2023-12-01"sv;
    card.valid_to = "2033-12-01"sv;
    return card;
}

hal::IdentityDocument enterprise() {
    hal::CertificateCard card;
    card.role = hal::CertificateRole::enterprise;
    card.credit_code = "91440605MA4W00003K"sv;
    card.enterprise_name = "佛山市南海区美玲食品有限公司"sv;
    card.holder_name = "陈美玲"sv;
    card.certificate_sha256 = "8b4e535fced3fbb926965708cca18bbc5fb104c04dc54c0f118f50dcd2d980d0"sv;
    return card;
}

hal::IdentityDocument technician() {
    hal::CertificateCard card;
    card.role = hal::CertificateRole::technician;
    card.enterprise_name = "佛山市南海区政务服务数据管理局"sv;
    card.holder_name = "梁志明"sv;
    card.certificate_sha256 = "e86e32647367d46906c7ac480da07d3009eb480badb76ddceec381cc314eef7e"sv;
    return card;
}

using CardFactory = hal::IdentityDocument (*)();

constexpr std::pair<std::string_view, CardFactory> kCards[] = {
    {"citizen", citizen},       {"hk-permit", hk_permit},     {"foreign-pr", foreign_pr},
    {"expired", expired},       {"blacklisted", blacklisted}, {"enterprise", enterprise},
    {"technician", technician},
};

}  // namespace

std::vector<std::string_view> demo_card_names() {
    std::vector<std::string_view> names;
    for (const auto& [name, factory] : kCards) names.push_back(name);
    return names;
}

std::optional<hal::IdentityDocument> make_demo_card(std::string_view name) {
    for (const auto& [card_name, factory] : kCards)
        if (card_name == name) return factory();
    return std::nullopt;
}

}  // namespace nanhai::drivers
