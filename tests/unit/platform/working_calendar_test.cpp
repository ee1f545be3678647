// WorkingCalendar arithmetic over the bundled 2026 calendar (State Council notice): public
// holidays, weekend make-up working days (调休上班), the turn of the year, years not published,
// and malformed year files.
#include "platform/domain/working_calendar.hpp"

#include <gtest/gtest.h>

#include "platform/platform.hpp"

namespace nanhai::platform {
namespace {

Date date(const char* iso) {
    auto d = parse_iso_date(iso);
    EXPECT_TRUE(d.has_value()) << iso;
    return d.value_or(Date{});
}

class WorkingCalendarTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto start = parse_iso_instant("2026-12-01T09:00:00+08:00");
        auto opened = Platform::open(":memory:", std::make_shared<ManualClock>(*start), {});
        ASSERT_TRUE(opened.has_value()) << opened.error();
        platform_ = std::move(*opened);
        auto loaded = load_calendar(platform_->database());
        ASSERT_TRUE(loaded.has_value());
        calendar_ = std::move(*loaded);
    }

    bool working(const char* iso) {
        auto r = calendar_.is_working_day(date(iso));
        EXPECT_TRUE(r.has_value()) << iso;
        return r.value_or(false);
    }

    std::string plus_working_days(const char* iso, int n) {
        auto r = calendar_.add_working_days(date(iso), n);
        EXPECT_TRUE(r.has_value()) << iso << " + " << n;
        return r ? format_iso_date(*r) : "";
    }

    std::unique_ptr<Platform> platform_;
    WorkingCalendar calendar_;
};

TEST_F(WorkingCalendarTest, SaturdayMakeUpDayIsTheNextWorkingDayBeforeSpringFestival) {
    EXPECT_EQ(plus_working_days("2026-02-13", 1), "2026-02-14");
    ASSERT_NE(calendar_.exception(date("2026-02-14")), nullptr);
    EXPECT_FALSE(calendar_.exception(date("2026-02-14"))->holiday);
    EXPECT_EQ(calendar_.exception(date("2026-02-14"))->name_zh, "春节调休上班");
}

TEST_F(WorkingCalendarTest, SpringFestivalDaysAreNotWorkingDays) {
    for (Date d = date("2026-02-15"); d != date("2026-02-24"); d = add_days(d, 1)) {
        auto r = calendar_.is_working_day(d);
        ASSERT_TRUE(r.has_value());
        EXPECT_FALSE(*r) << format_iso_date(d);
    }
    EXPECT_EQ(calendar_.exception(date("2026-02-17"))->name_en, "Spring Festival");
    EXPECT_EQ(plus_working_days("2026-02-14", 1), "2026-02-24");
}

TEST_F(WorkingCalendarTest, NationalDayWeekIsSkipped) {
    EXPECT_EQ(plus_working_days("2026-09-30", 1), "2026-10-08");
    EXPECT_TRUE(working("2026-09-20"));   // Sunday make-up day
    EXPECT_TRUE(working("2026-10-10"));   // Saturday make-up day
    EXPECT_FALSE(working("2026-10-11"));  // the Sunday after it is an ordinary weekend day
}

TEST_F(WorkingCalendarTest, OrdinaryWeekendsRestAndWeekdaysWork) {
    EXPECT_FALSE(working("2026-12-05"));  // Saturday
    EXPECT_FALSE(working("2026-12-06"));  // Sunday
    EXPECT_TRUE(working("2026-12-01"));   // Tuesday
    EXPECT_EQ(calendar_.exception(date("2026-12-05")), nullptr);
    EXPECT_EQ(plus_working_days("2026-12-04", 1), "2026-12-07");
    EXPECT_EQ(plus_working_days("2026-12-01", 10), "2026-12-15");
}

TEST_F(WorkingCalendarTest, CountsWorkingDaysAcrossNewYear) {
    // 2026-01-01..03 off, Sunday 01-04 worked, then Monday 01-05 to Friday 01-09.
    EXPECT_EQ(calendar_.working_days_between(date("2026-01-01"), date("2026-01-09")).value(), 6);
    // Thursday 2026-12-31, then 2027-01-01..03 off, then Monday to Wednesday.
    EXPECT_EQ(calendar_.working_days_between(date("2026-12-30"), date("2027-01-06")).value(), 4);
    EXPECT_EQ(calendar_.working_days_between(date("2026-12-10"), date("2026-12-01")).value(), 0);
}

TEST_F(WorkingCalendarTest, YearNotPublishedIsAnErrorNotAGuess) {
    auto day = calendar_.is_working_day(date("2030-03-01"));
    ASSERT_FALSE(day.has_value());
    EXPECT_EQ(day.error().code, ErrorCode::calendar_not_available);
    EXPECT_EQ(day.error().details["year"], 2030);
    auto later = calendar_.add_working_days(date("2027-12-29"), 5);  // runs into 2028
    ASSERT_FALSE(later.has_value());
    EXPECT_EQ(later.error().code, ErrorCode::calendar_not_available);
    auto span = calendar_.working_days_between(date("2026-12-01"), date("2030-01-10"));
    EXPECT_FALSE(span.has_value());
}

TEST(WorkingCalendarFile, RejectsMalformedYearFiles) {
    const char* malformed[] = {
        R"({"holidays": [], "workdays": []})",
        R"({"year": "2031", "holidays": [], "workdays": []})",
        R"({"year": 2031, "holidays": {}, "workdays": []})",
        R"({"year": 2031, "holidays": []})",
        R"({"year": 2031, "holidays": [{"from": "2031-01-01", "to": "2031-01-03"}],
            "workdays": []})",
        R"({"year": 2031, "holidays": [{"from": "2031-02-30", "to": "2031-03-01",
            "name_zh": "x", "name_en": "x"}], "workdays": []})",
        R"({"year": 2031, "holidays": [{"from": "2031-01-05", "to": "2031-01-01",
            "name_zh": "x", "name_en": "x"}], "workdays": []})",
        R"({"year": 2031, "holidays": [], "workdays": [{"date": "2031-01-04"}]})",
        R"({"year": 2031, "holidays": [], "workdays": [{"date": "4 Jan", "name_zh": "x",
            "name_en": "x"}]})",
        R"([2031])",
    };
    for (const char* text : malformed) {
        WorkingCalendar calendar;
        EXPECT_FALSE(add_calendar_year(calendar, nlohmann::json::parse(text)).has_value()) << text;
        EXPECT_FALSE(calendar.covers(Date{std::chrono::year{2031}, std::chrono::March,
                                          std::chrono::day{1}}))
            << text;
    }
}

TEST(WorkingCalendarFile, AcceptsAWellFormedYear) {
    WorkingCalendar calendar;
    auto year = nlohmann::json::parse(R"({"year": 2031,
        "holidays": [{"from": "2031-01-01", "to": "2031-01-01", "name_zh": "元旦",
                      "name_en": "New Year's Day"}],
        "workdays": [{"date": "2031-01-04", "name_zh": "调休上班", "name_en": "Make-up day"}]})");
    ASSERT_TRUE(add_calendar_year(calendar, year).has_value());
    EXPECT_FALSE(calendar.is_working_day(date("2031-01-01")).value());  // Wednesday holiday
    EXPECT_TRUE(calendar.is_working_day(date("2031-01-04")).value());   // Saturday worked
    EXPECT_EQ(format_iso_date(calendar.add_working_days(date("2030-12-31"), 1).value()),
              "2031-01-02");
}

}  // namespace
}  // namespace nanhai::platform
