#include "common/civil_date.hpp"

#include <cstdio>

namespace nanhai {
namespace {

bool all_digits(std::string_view text) {
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

std::optional<Date> make_date(int y, int m, int d) {
    Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
              std::chrono::day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    return make_date(to_int(y), to_int(m), to_int(d));
}

std::optional<Date> parse_compact_date(std::string_view text) {
    if (text.size() != 8 || !all_digits(text)) return std::nullopt;
    return make_date(to_int(text.substr(0, 4)), to_int(text.substr(4, 2)),
                     to_int(text.substr(6, 2)));
}

std::string format_iso_date(Date date) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buf;
}

std::optional<int> parse_hh_mm(std::string_view text) {
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    auto h = text.substr(0, 2), m = text.substr(3, 2);
    if (!all_digits(h) || !all_digits(m)) return std::nullopt;
    int hours = to_int(h), minutes = to_int(m);
    if (hours > 23 || minutes > 59) return std::nullopt;
    return hours * 60 + minutes;
}

std::string format_hh_mm(int minutes_of_day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes_of_day / 60, minutes_of_day % 60);
    return buf;
}

std::optional<Instant> parse_iso_instant(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SS then Z or ±HH:MM
    if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    auto date = parse_iso_date(text.substr(0, 10));
    auto hh = text.substr(11, 2), mm = text.substr(14, 2), ss = text.substr(17, 2);
    if (!date || !all_digits(hh) || !all_digits(mm) || !all_digits(ss)) return std::nullopt;
    int h = to_int(hh), m = to_int(mm), s = to_int(ss);
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    auto zone = text.substr(19);
    int offset_minutes = 0;
    if (zone == "Z") {
        offset_minutes = 0;
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
               all_digits(zone.substr(1, 2)) && all_digits(zone.substr(4, 2))) {
        offset_minutes = to_int(zone.substr(1, 2)) * 60 + to_int(zone.substr(4, 2));
        if (offset_minutes > 14 * 60) return std::nullopt;
        if (zone[0] == '-') offset_minutes = -offset_minutes;
    } else {
        return std::nullopt;
    }
    auto local = std::chrono::sys_days{*date} + std::chrono::hours{h} + std::chrono::minutes{m} +
                 std::chrono::seconds{s};
    return Instant{local - std::chrono::minutes{offset_minutes}};
}

std::string format_iso_instant(Instant instant) {
    auto local = instant + kChinaUtcOffset;
    auto day = std::chrono::floor<std::chrono::days>(local);
    std::chrono::hh_mm_ss hms{local - day};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", format_iso_date(Date{day}).c_str(),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

Date local_date(Instant instant) {
    return Date{std::chrono::floor<std::chrono::days>(instant + kChinaUtcOffset)};
}

int local_minutes_of_day(Instant instant) {
    auto local = instant + kChinaUtcOffset;
    auto since_midnight = local - std::chrono::floor<std::chrono::days>(local);
    return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(since_midnight).count());
}

Instant local_instant(Date date, int minutes_of_day) {
    return Instant{std::chrono::sys_days{date} + std::chrono::minutes{minutes_of_day} -
                   kChinaUtcOffset};
}

std::string format_local_minute(Instant instant) {
    return format_iso_date(local_date(instant)) + " " + format_hh_mm(local_minutes_of_day(instant));
}

}  // namespace nanhai
