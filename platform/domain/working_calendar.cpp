#include "platform/domain/working_calendar.hpp"

#include "platform/api/try.hpp"
#include "platform/data/bundled_calendar.hpp"

namespace nanhai::platform {
namespace {

ApiError unavailable(Date date) {
    return api_error(ErrorCode::calendar_not_available, {{"year", static_cast<int>(date.year())}});
}

Result<void, std::string> add_holiday_range(WorkingCalendar& calendar, const nlohmann::json& h) {
    if (!h.is_object() || !h.contains("from") || !h["from"].is_string() || !h.contains("to") ||
        !h["to"].is_string() || !h.value("name_zh", nlohmann::json{}).is_string() ||
        !h.value("name_en", nlohmann::json{}).is_string())
        return fail(std::string{"holiday entry needs from, to, name_zh, name_en"});
    auto from = parse_iso_date(h["from"].get<std::string>());
    auto to = parse_iso_date(h["to"].get<std::string>());
    if (!from || !to || std::chrono::sys_days{*to} < std::chrono::sys_days{*from})
        return fail("bad holiday range " + h.dump());
    for (Date d = *from; std::chrono::sys_days{d} <= std::chrono::sys_days{*to}; d = add_days(d, 1))
        calendar.add_exception(d, {true, h["name_zh"], h["name_en"]});
    return {};
}

Result<void, std::string> add_workday(WorkingCalendar& calendar, const nlohmann::json& w) {
    if (!w.is_object() || !w.contains("date") || !w["date"].is_string() ||
        !w.value("name_zh", nlohmann::json{}).is_string() ||
        !w.value("name_en", nlohmann::json{}).is_string())
        return fail(std::string{"workday entry needs date, name_zh, name_en"});
    auto date = parse_iso_date(w["date"].get<std::string>());
    if (!date) return fail("bad workday date " + w.dump());
    calendar.add_exception(*date, {false, w["name_zh"], w["name_en"]});
    return {};
}

}  // namespace

Result<bool, ApiError> WorkingCalendar::is_working_day(Date date) const {
    if (!covers(date)) return fail(unavailable(date));
    if (const auto* day = exception(date)) return !day->holiday;
    return iso_weekday(date) <= 5;
}

Result<Date, ApiError> WorkingCalendar::add_working_days(Date start, int n) const {
    Date day = start;
    for (int found = 0; found < n;) {
        day = add_days(day, 1);
        NH_ASSIGN(bool working, is_working_day(day));
        if (working) ++found;
    }
    return day;
}

Result<int, ApiError> WorkingCalendar::working_days_between(Date from, Date to) const {
    int count = 0;
    for (Date d = add_days(from, 1); std::chrono::sys_days{d} <= std::chrono::sys_days{to};
         d = add_days(d, 1)) {
        NH_ASSIGN(bool working, is_working_day(d));
        if (working) ++count;
    }
    return count;
}

const CalendarDay* WorkingCalendar::exception(Date date) const {
    auto it = exceptions_.find(date);
    return it == exceptions_.end() ? nullptr : &it->second;
}

Result<void, std::string> add_calendar_year(WorkingCalendar& calendar, const nlohmann::json& year) {
    if (!year.is_object() || !year.contains("year") || !year["year"].is_number_integer())
        return fail(std::string{"calendar file needs an integer year"});
    int y = year["year"];
    for (const char* list : {"holidays", "workdays"})
        if (!year.contains(list) || !year[list].is_array())
            return fail(std::string{"calendar file needs arrays holidays and workdays"});
    for (const auto& h : year["holidays"])
        if (auto r = add_holiday_range(calendar, h); !r) return r;
    for (const auto& w : year["workdays"])
        if (auto r = add_workday(calendar, w); !r) return r;
    calendar.add_year(y);
    return {};
}

Result<void, DbError> install_bundled_calendar(Database& db) {
    for (auto text : bundled_calendar_years()) {
        auto year = nlohmann::json::parse(text);
        auto insert = db.prepare("INSERT INTO calendar_years (year, source) VALUES (?, ?) "
                                 "ON CONFLICT(year) DO NOTHING");
        if (!insert) return fail(insert.error());
        insert->bind(1, year["year"].get<int>()).bind(2, year.value("source", ""));
        if (auto r = insert->run(); !r) return r;
        if (db.changes() == 0) continue;
        WorkingCalendar one;
        if (auto r = add_calendar_year(one, year); !r) return fail(DbError{SQLITE_ERROR, r.error()});
        for (Date d{std::chrono::year{year["year"].get<int>()}, std::chrono::January, std::chrono::day{1}};
             static_cast<int>(d.year()) == year["year"].get<int>(); d = add_days(d, 1)) {
            const auto* day = one.exception(d);
            if (!day) continue;
            auto row = db.prepare("INSERT OR REPLACE INTO calendar_days (date, kind, name_zh, "
                                  "name_en) VALUES (?,?,?,?)");
            if (!row) return fail(row.error());
            row->bind(1, format_iso_date(d)).bind(2, day->holiday ? "holiday" : "workday");
            row->bind(3, day->name_zh).bind(4, day->name_en);
            if (auto r = row->run(); !r) return r;
        }
    }
    return {};
}

Result<WorkingCalendar, ApiError> load_calendar(Database& db) {
    WorkingCalendar calendar;
    NH_ASSIGN(auto years, db.prepare("SELECT year FROM calendar_years"));
    for (;;) {
        NH_ASSIGN(bool row, years.step());
        if (!row) break;
        calendar.add_year(static_cast<int>(years.int_at(0)));
    }
    NH_ASSIGN(auto days, db.prepare("SELECT date, kind, name_zh, name_en FROM calendar_days"));
    for (;;) {
        NH_ASSIGN(bool row, days.step());
        if (!row) break;
        auto date = parse_iso_date(days.text_at(0));
        if (!date) continue;
        calendar.add_exception(*date, {days.text_at(1) == "holiday", days.text_at(2), days.text_at(3)});
    }
    return calendar;
}

}  // namespace nanhai::platform
