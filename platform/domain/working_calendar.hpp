// The working-day calendar: Monday-Friday work, except public holidays; make-up working days
// (调休上班) turn a weekend day into a working day. Years are data (data/calendar/YYYY.json,
// loaded into the store); asking about a year that is not loaded is an error, never a guess.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "platform/api/api_error.hpp"
#include "platform/db/database.hpp"

namespace nanhai::platform {

struct CalendarDay {
    bool holiday;  // false: make-up working day
    std::string name_zh;
    std::string name_en;
};

class WorkingCalendar {
public:
    void add_year(int year) { years_.insert(year); }
    void add_exception(Date date, CalendarDay day) { exceptions_[date] = std::move(day); }

    bool covers(Date date) const { return years_.count(static_cast<int>(date.year())) > 0; }
    // 422 calendar_not_available for a year that is not loaded.
    Result<bool, ApiError> is_working_day(Date date) const;
    // The n-th working day after `start` (n >= 1); "within 30 working days of the notice"
    // ends on add_working_days(notice, 30).
    Result<Date, ApiError> add_working_days(Date start, int n) const;
    // Working days in (from, to]; 0 when to <= from.
    Result<int, ApiError> working_days_between(Date from, Date to) const;
    const CalendarDay* exception(Date date) const;

private:
    std::set<int> years_;
    std::map<Date, CalendarDay> exceptions_;
};

// Parses one year file; fails with a description on any malformed entry.
Result<void, std::string> add_calendar_year(WorkingCalendar& calendar, const nlohmann::json& year);
// Stores the bundled year files that are not in the store yet (never overwrites a year that a
// maintainer has replaced).
Result<void, DbError> install_bundled_calendar(Database& db);
Result<WorkingCalendar, ApiError> load_calendar(Database& db);

}  // namespace nanhai::platform
