#include "common/credit_code.hpp"

#include <gtest/gtest.h>

namespace nanhai {
namespace {

TEST(CreditCode, AcceptsTheWidelyUsedSample) {
    auto code = parse_credit_code("91350100M000100Y43");
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->registration_authority, '9');
    EXPECT_EQ(code->entity_category, '1');
    EXPECT_EQ(code->area_code, "350100");
    EXPECT_EQ(code->organisation_code, "M000100Y4");
}

TEST(CreditCode, NormalisesLowerCase) {
    auto code = parse_credit_code("91350100m000100y43");
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->code, "91350100M000100Y43");
}

TEST(CreditCode, RejectsEachKindOfBadCode) {
    EXPECT_EQ(parse_credit_code("91350100M000100Y4").error(), CreditCodeError::wrong_length);
    // I, O, S, V and Z are not in the alphabet.
    EXPECT_EQ(parse_credit_code("91350100M000100I43").error(), CreditCodeError::bad_character);
    EXPECT_EQ(parse_credit_code("91350100M000100Y44").error(), CreditCodeError::bad_check_character);
}

TEST(CreditCode, ChecksTheEmbeddedOrganisationCode) {
    // Organisation code M000100Y5 has the wrong check (4 is right); the outer check character 6
    // makes the outer code consistent, so only the inner check can fail.
    EXPECT_EQ(parse_credit_code("91350100M000100Y56").error(),
              CreditCodeError::bad_organisation_check_character);
}

}  // namespace
}  // namespace nanhai
