// The service catalogue (art. 10): departments, items with their published service guides, and
// the halls that serve them with their opening hours. Other areas (appointments, cases) read an
// item or a hall's hours through these functions rather than parsing the stored JSON themselves.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "platform/api/api_error.hpp"
#include "platform/db/database.hpp"

namespace nanhai::platform {

// One opening interval of a hall, in minutes since local midnight: [open_minute, close_minute).
struct OpenInterval {
    int open_minute;
    int close_minute;
    friend bool operator==(const OpenInterval&, const OpenInterval&) = default;
};
using HallHours = std::vector<OpenInterval>;  // sorted by open_minute; empty: closed that day

// The intervals a hall is open on `date` by its weekday rules only; whether the date is a working
// day is a separate question (WorkingCalendar). Fails with 404 not_found for an unknown hall.
Result<HallHours, ApiError> hall_hours_on(Database& db, std::string_view hall_code, Date date);

// What other areas need to know about an item (its guide summarised).
struct ItemInfo {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::string department_code;
    int department_number;  // the 3-digit code inside the unified approval code
    std::string level;      // district | town
    int min_auth_level;     // 1..3
    bool appointment_required;
    int legal_limit_working_days;
    int promised_limit_working_days;  // 0: settled on the spot
    std::vector<std::string> submission_methods;  // subset of on_site, express, online
    std::vector<std::string> delivery_methods;    // subset of on_site, express, online
};
// Fails with 404 not_found for an unknown code.
Result<ItemInfo, ApiError> load_item(Database& db, std::string_view code);

// How a hall serves an item (for slots). Fails with 422 item_not_served_at_hall.
struct ItemHall {
    std::string item_code;
    std::string hall_code;
    int slot_minutes;
    int slot_capacity;
};
Result<ItemHall, ApiError> item_hall(Database& db, std::string_view item_code,
                                     std::string_view hall_code);

// Checks a stored guide: materials, limits (promised <= legal), fee, methods, legal basis.
// The description names the first problem found.
Result<void, std::string> validate_guide(const nlohmann::json& guide);
// Checks stored opening hours: [{"weekdays":[1..7],"open":"HH:MM","close":"HH:MM"}], open < close.
Result<void, std::string> validate_opening_hours(const nlohmann::json& hours);

}  // namespace nanhai::platform
