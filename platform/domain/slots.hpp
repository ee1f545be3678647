// Appointment slots (art. 9): one row per hall, item, day and start time with a capacity. Slots
// are not generated ahead: the first question about a day creates that day's slots from the
// hall's opening hours and the item's slot length and capacity (INSERT OR IGNORE, so asking
// twice, or two kiosks asking at once, creates them once). A slot keeps the capacity it was
// created with even if the catalogue changes later: places already booked stay valid.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

struct Slot {
    std::int64_t id = 0;
    std::string hall_code;
    std::string item_code;
    Date date;
    int start_minute = 0;
    int end_minute = 0;
    int capacity = 0;
    int booked = 0;

    Instant starts_at() const { return local_instant(date, start_minute); }
    Instant ends_at() const { return local_instant(date, end_minute); }
    int places_left() const { return capacity - booked; }
};

// The slots of a day, created on first use. 422 validation_failed naming `date` outside today ..
// today + booking_horizon_days; 422 item_not_served_at_hall, calendar_not_available,
// not_a_working_day, hall_closed.
Result<std::vector<Slot>, ApiError> slots_for_day(Database& db, const std::string& hall_code,
                                                  const std::string& item_code, Date date,
                                                  Instant now, const Rules& rules);

// Up to `count` working days from `from` (within the booking horizon) that still have a place
// in a slot that has not started: [{date, weekday, places_left}]. Days of a year whose calendar
// is not published are not offered.
Result<nlohmann::json, ApiError> days_with_places(Database& db, const std::string& hall_code,
                                                  const std::string& item_code, Date from,
                                                  int count, Instant now, const Rules& rules);

// 404 not_found for an unknown id.
Result<Slot, ApiError> load_slot(Database& db, std::int64_t id);

// {id, start, end, starts_at, capacity, places_left, bookable}; bookable: not started and a
// place is left.
nlohmann::json slot_view(const Slot& slot, Instant now);

// {code, name_zh, name_en} of a hall or an item, for answers shown on screens and slips.
Result<nlohmann::json, ApiError> hall_ref(Database& db, const std::string& hall_code);
Result<nlohmann::json, ApiError> item_ref(Database& db, const std::string& item_code);

}  // namespace nanhai::platform
