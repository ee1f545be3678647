#include "common/masking.hpp"

#include <gtest/gtest.h>

namespace nanhai {
namespace {

TEST(Masking, IdNumbersKeepFourAndFour) {
    EXPECT_EQ(mask_identifier("440605199001011234"), "4406**********1234");
    EXPECT_EQ(mask_identifier("91350100M000100Y43"), "9135**********0Y43");
    EXPECT_EQ(mask_identifier("AB123"), "A***3");
    EXPECT_EQ(mask_identifier(""), "");
}

TEST(Masking, ChineseNamesKeepOnlyFirstAndLast) {
    EXPECT_EQ(mask_name("张三"), "张*");
    EXPECT_EQ(mask_name("李小明"), "李*明");
    EXPECT_EQ(mask_name("欧阳娜娜"), "欧**娜");
    EXPECT_EQ(mask_name("王"), "*");
}

TEST(Masking, LatinNamesKeepInitials) {
    EXPECT_EQ(mask_name("JOHN SMITH"), "J*** S****");
}

TEST(Masking, Phones) {
    EXPECT_EQ(mask_phone("13800138000"), "138****8000");
}

}  // namespace
}  // namespace nanhai
