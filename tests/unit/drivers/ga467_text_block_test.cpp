// The 256-byte text block of all four card types decoded into the typed record, with the
// identity number's check character and the dates verified, and every malformed block refused
// with a reason.
#include "drivers/ga467/text_block.hpp"

#include <gtest/gtest.h>

#include "tests/support/ga467_cards.hpp"

namespace nanhai::drivers::ga467 {
namespace {

const Date kToday = *parse_iso_date("2026-12-01");

TEST(Ga467TextBlock, CitizenCard) {
    auto card = decode_text_block(test::citizen_block(), kToday);
    ASSERT_TRUE(card) << describe(card.error());
    EXPECT_EQ(card->type, hal::CardType::citizen);
    EXPECT_EQ(card->name.str(), "陈美玲");
    EXPECT_EQ(card->sex.str(), "2");
    EXPECT_EQ(card->nation.str(), "01");
    EXPECT_EQ(card->birth_date.str(), "1988-03-12");
    EXPECT_EQ(card->address.str(), "广东省佛山市南海区桂城街道南海大道北88号");
    EXPECT_EQ(card->id_number.str(), "440605198803120528");
    EXPECT_EQ(card->issuer.str(), "佛山市公安局南海分局");
    EXPECT_EQ(card->valid_from.str(), "2016-03-12");
    EXPECT_EQ(card->valid_to.str(), "2036-03-12");
}

TEST(Ga467TextBlock, LongTermValidity) {
    auto card = decode_text_block(test::citizen_block("长期"), kToday);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->valid_to.str(), "长期");
}

TEST(Ga467TextBlock, ResidencePermitForeignCards) {
    auto permit = decode_text_block(test::permit_block(), kToday);
    ASSERT_TRUE(permit) << describe(permit.error());
    EXPECT_EQ(permit->type, hal::CardType::hk_mo_tw_permit);
    EXPECT_EQ(permit->id_number.str(), "81000019920515003X");
    EXPECT_TRUE(permit->nation.empty());

    auto old_pr = decode_text_block(test::pr2017_block(), kToday);
    ASSERT_TRUE(old_pr) << describe(old_pr.error());
    EXPECT_EQ(old_pr->type, hal::CardType::foreign_pr_2017);
    EXPECT_EQ(old_pr->name_en.str(), "SMITH, EMMA");
    EXPECT_EQ(old_pr->name.str(), "史密斯");
    EXPECT_EQ(old_pr->id_number.str(), "GBR440085072101");
    EXPECT_EQ(old_pr->birth_date.str(), "1985-07-21");

    auto new_pr = decode_text_block(test::pr2023_block(), kToday);
    ASSERT_TRUE(new_pr) << describe(new_pr.error());
    EXPECT_EQ(new_pr->type, hal::CardType::foreign_pr_2023);
    EXPECT_EQ(new_pr->name.str(), "艾玛·史密斯");
    EXPECT_EQ(new_pr->name_en.str(), "SMITH, EMMA ELIZABETH CHARLOTTE ALEXANDRA");
    EXPECT_EQ(new_pr->id_number.str(), "944826198507210128");
}

TEST(Ga467TextBlock, RefusesWhatIsNotACard) {
    EXPECT_EQ(decode_text_block(std::vector<std::uint8_t>(255, 0x20), kToday).error(), TextBlockError::wrong_size);
    EXPECT_EQ(decode_text_block(test::citizen_block("20360312", "440605198803120527"), kToday).error(),
              TextBlockError::bad_id_number);
    EXPECT_EQ(decode_text_block(test::citizen_block("2036-3-12"), kToday).error(), TextBlockError::bad_date);
    auto nameless = test::citizen_block();
    std::fill(nameless.begin(), nameless.begin() + 30, 0x00);
    nameless[0] = ' ';
    EXPECT_EQ(decode_text_block(nameless, kToday).error(), TextBlockError::missing_field);
    auto control = test::citizen_block();
    control[2] = 0x07;  // BEL inside the name
    control[3] = 0x00;
    EXPECT_EQ(decode_text_block(control, kToday).error(), TextBlockError::bad_encoding);
    auto lone_surrogate = test::citizen_block();
    lone_surrogate[0] = 0x00;
    lone_surrogate[1] = 0xDC;
    EXPECT_EQ(decode_text_block(lone_surrogate, kToday).error(), TextBlockError::bad_encoding);
    auto future = test::citizen_block("20360312", "440605203001010017");
    EXPECT_EQ(decode_text_block(future, kToday).error(), TextBlockError::bad_id_number) << "born in 2030";
}

TEST(Ga467TextBlock, FieldsRoundTripBeyondTheBmp) {
    const std::string rare = "𠀀明";  // U+20000: a rare name character (Extension B)
    const auto bytes = encode_ucs2_field(rare, 30);
    ASSERT_EQ(bytes.size(), 30u);
    auto back = decode_ucs2_field(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, rare);
}

}  // namespace
}  // namespace nanhai::drivers::ga467
