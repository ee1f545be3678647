#include "common/citizen_id.hpp"

#include <gtest/gtest.h>

namespace nanhai {
namespace {

const Date kToday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{28}};

TEST(CitizenId, AcceptsTheStandardsSamples) {
    auto a = parse_citizen_id("11010519491231002X", kToday);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->area_code, "110105");
    EXPECT_EQ(a->birth_date, (Date{std::chrono::year{1949}, std::chrono::December, std::chrono::day{31}}));
    EXPECT_EQ(a->sex, Sex::female);  // sequence 002: even
    auto b = parse_citizen_id("440524188001010014", kToday);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->sex, Sex::male);
}

TEST(CitizenId, AcceptsLowerCaseXAndNormalisesIt) {
    auto id = parse_citizen_id("11010519491231002x", kToday);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->number, "11010519491231002X");
}

TEST(CitizenId, RejectsEachKindOfBadNumber) {
    EXPECT_EQ(parse_citizen_id("1101051949123100", kToday).error(), CitizenIdError::wrong_length);
    EXPECT_EQ(parse_citizen_id("11010519491231002Y", kToday).error(), CitizenIdError::bad_character);
    EXPECT_EQ(parse_citizen_id("1101051949123A002X", kToday).error(), CitizenIdError::bad_character);
    EXPECT_EQ(parse_citizen_id("110105194912310021", kToday).error(),
              CitizenIdError::bad_check_character);
    // 1949-02-30 does not exist: check character recomputed so only the date is wrong.
    EXPECT_EQ(parse_citizen_id("110105194902300020", kToday).error(),
              CitizenIdError::invalid_birth_date);
}

TEST(CitizenId, RejectsABirthDateAfterToday) {
    // 2030-01-01 with a valid check character.
    EXPECT_EQ(parse_citizen_id("440605203001010013", kToday).error(),
              CitizenIdError::birth_in_future);
}

}  // namespace
}  // namespace nanhai
