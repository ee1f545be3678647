#include "common/civil_date.hpp"

#include <gtest/gtest.h>

namespace nanhai {
namespace {

TEST(CivilDate, ParsesOnlyRealDates) {
    EXPECT_TRUE(parse_iso_date("2028-02-29").has_value());
    EXPECT_FALSE(parse_iso_date("2026-02-29").has_value());
    EXPECT_FALSE(parse_iso_date("2026-1-01").has_value());
    EXPECT_FALSE(parse_iso_date("2026-13-01").has_value());
    EXPECT_FALSE(parse_iso_date("20260101").has_value());
}

TEST(CivilDate, InstantsRoundTripInChinaTime) {
    auto t = parse_iso_instant("2026-12-01T09:30:00+08:00");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(format_iso_instant(*t), "2026-12-01T09:30:00+08:00");
    EXPECT_EQ(*parse_iso_instant("2026-12-01T01:30:00Z"), *t);
    EXPECT_EQ(local_minutes_of_day(*t), 9 * 60 + 30);
    EXPECT_EQ(local_instant(local_date(*t), 570), *t);
}

TEST(CivilDate, LocalDateCrossesMidnightAtSixteenUtc) {
    auto late = parse_iso_instant("2026-12-01T16:00:00Z");
    EXPECT_EQ(format_iso_date(local_date(*late)), "2026-12-02");
}

TEST(CivilDate, RejectsMalformedInstants) {
    EXPECT_FALSE(parse_iso_instant("2026-12-01 09:30:00+08:00").has_value());
    EXPECT_FALSE(parse_iso_instant("2026-12-01T25:30:00+08:00").has_value());
    EXPECT_FALSE(parse_iso_instant("2026-12-01T09:30:00+0800").has_value());
}

}  // namespace
}  // namespace nanhai
