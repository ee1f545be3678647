#include "common/approval_code.hpp"

#include <gtest/gtest.h>

namespace nanhai {
namespace {

const Date kFiled{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};

TEST(ApprovalCode, MadeCodesParseBackToTheirParts) {
    auto text = make_approval_code(kFiled, 12, 345);
    EXPECT_EQ(text.size(), kApprovalCodeLength);
    EXPECT_EQ(text.substr(0, 20), "44060526120101200345");
    auto code = parse_approval_code(text);
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->filed, kFiled);
    EXPECT_EQ(code->department, 12);
    EXPECT_EQ(code->serial, 345);
}

TEST(ApprovalCode, EverySingleDigitTypoIsCaught) {
    auto text = make_approval_code(kFiled, 7, 1);
    for (std::size_t i = 0; i < text.size() - 1; ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (d == text[i]) continue;
            auto typo = text;
            typo[i] = d;
            EXPECT_FALSE(parse_approval_code(typo).has_value()) << typo;
        }
    }
}

TEST(ApprovalCode, AdjacentTranspositionsAreCaught) {
    auto text = make_approval_code(kFiled, 123, 45678);
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == text[i + 1]) continue;
        auto swapped = text;
        std::swap(swapped[i], swapped[i + 1]);
        EXPECT_FALSE(parse_approval_code(swapped).has_value()) << swapped;
    }
}

TEST(ApprovalCode, SaysWhatIsWrong) {
    EXPECT_EQ(parse_approval_code("4406052612010120034").error(), ApprovalCodeError::wrong_length);
    EXPECT_EQ(parse_approval_code("44060526120101200A455").error(), ApprovalCodeError::bad_character);
    auto text = make_approval_code(kFiled, 12, 345);
    text.back() = text.back() == '0' ? '1' : '0';
    EXPECT_EQ(parse_approval_code(text).error(), ApprovalCodeError::bad_check_character);
}

}  // namespace
}  // namespace nanhai
