// Calendar dates and times of day in China Standard Time (UTC+8, no daylight saving), which is
// the only zone the kiosk and the platform speak. Parsing is strict: outside text is validated.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace nanhai {

using Date = std::chrono::year_month_day;
using Instant = std::chrono::sys_seconds;

inline constexpr std::chrono::hours kChinaUtcOffset{8};

// "YYYY-MM-DD" exactly, a real date; nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view text);
// "YYYYMMDD" exactly (the ID-card and ID-number form); nullopt otherwise.
std::optional<Date> parse_compact_date(std::string_view text);
std::string format_iso_date(Date date);

// Minutes since local midnight, from "HH:MM".
std::optional<int> parse_hh_mm(std::string_view text);
std::string format_hh_mm(int minutes_of_day);

// ISO 8601 with offset, e.g. "2026-11-28T09:30:00+08:00"; accepts any offset and "Z".
std::optional<Instant> parse_iso_instant(std::string_view text);
std::string format_iso_instant(Instant instant);

Date local_date(Instant instant);
// "2026-12-01 09:05": an instant as a citizen reads it, in China time, to the minute.
std::string format_local_minute(Instant instant);
int local_minutes_of_day(Instant instant);
Instant local_instant(Date date, int minutes_of_day);

inline Date add_days(Date date, int days) {
    return Date{std::chrono::sys_days{date} + std::chrono::days{days}};
}
inline unsigned iso_weekday(Date date) {  // 1 = Monday ... 7 = Sunday
    return std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding();
}

}  // namespace nanhai
