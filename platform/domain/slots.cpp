// Slots: checking what may be asked for, creating a day's slots on first use, and reading them.
#include "platform/domain/slots.hpp"

#include "platform/api/try.hpp"
#include "platform/domain/catalogue.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

bool before(Date a, Date b) { return std::chrono::sys_days{a} < std::chrono::sys_days{b}; }

Result<void, ApiError> check_horizon(Date date, Instant now, const Rules& rules) {
    Date today = local_date(now);
    if (before(date, today) || before(add_days(today, rules.booking_horizon_days), date))
        return fail(invalid_field("date", "must be from today to " +
                                              std::to_string(rules.booking_horizon_days) +
                                              " days ahead"));
    return {};
}

Result<void, ApiError> check_working_day(const WorkingCalendar& calendar, Date date) {
    NH_ASSIGN(bool working, calendar.is_working_day(date));
    if (!working)
        return fail(api_error(ErrorCode::not_a_working_day, {{"date", format_iso_date(date)}}));
    return {};
}

// One slot per slot_minutes inside each opening interval; a slot never runs past closing.
Result<void, ApiError> create_slots(Database& db, const ItemHall& ih, Date date,
                                    const HallHours& hours) {
    for (const auto& interval : hours) {
        for (int m = interval.open_minute; m + ih.slot_minutes <= interval.close_minute;
             m += ih.slot_minutes) {
            NH_ASSIGN(auto insert, db.prepare(
                "INSERT OR IGNORE INTO slots (hall_code, item_code, date, start_minute, "
                "end_minute, capacity) VALUES (?,?,?,?,?,?)"));
            insert.bind(1, ih.hall_code).bind(2, ih.item_code).bind(3, format_iso_date(date));
            insert.bind(4, m).bind(5, m + ih.slot_minutes).bind(6, ih.slot_capacity);
            NH_TRY(insert.run());
        }
    }
    return {};
}

Slot read_slot(const Statement& s) {
    return Slot{s.int_at(0), s.text_at(1), s.text_at(2), *parse_iso_date(s.text_at(3)),
                static_cast<int>(s.int_at(4)), static_cast<int>(s.int_at(5)),
                static_cast<int>(s.int_at(6)), static_cast<int>(s.int_at(7))};
}

constexpr std::string_view kSlotColumns =
    "SELECT id, hall_code, item_code, date, start_minute, end_minute, capacity, booked FROM slots ";

Result<std::vector<Slot>, ApiError> read_day(Database& db, const ItemHall& ih, Date date) {
    NH_ASSIGN(auto stmt, db.prepare(std::string{kSlotColumns} +
                                    "WHERE hall_code = ? AND item_code = ? AND date = ? "
                                    "ORDER BY start_minute"));
    stmt.bind(1, ih.hall_code).bind(2, ih.item_code).bind(3, format_iso_date(date));
    std::vector<Slot> out;
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) return out;
        out.push_back(read_slot(stmt));
    }
}

// A working day's slots (the caller checked the day); empty when the hall is closed that day.
Result<std::vector<Slot>, ApiError> open_day(Database& db, const ItemHall& ih, Date date) {
    NH_ASSIGN(auto hours, hall_hours_on(db, ih.hall_code, date));
    if (hours.empty()) return std::vector<Slot>{};
    NH_TRY(create_slots(db, ih, date, hours));
    return read_day(db, ih, date);
}

int places_not_started(const std::vector<Slot>& slots, Instant now) {
    int places = 0;
    for (const auto& s : slots)
        if (now < s.starts_at()) places += s.places_left();
    return places;
}

}  // namespace

Result<std::vector<Slot>, ApiError> slots_for_day(Database& db, const std::string& hall_code,
                                                  const std::string& item_code, Date date,
                                                  Instant now, const Rules& rules) {
    NH_TRY(check_horizon(date, now, rules));
    NH_ASSIGN(auto ih, item_hall(db, item_code, hall_code));
    NH_ASSIGN(auto calendar, load_calendar(db));
    NH_TRY(check_working_day(calendar, date));
    NH_ASSIGN(auto slots, open_day(db, ih, date));
    if (slots.empty())
        return fail(api_error(ErrorCode::hall_closed, {{"hall", hall_code},
                                                       {"date", format_iso_date(date)}}));
    return slots;
}

Result<nlohmann::json, ApiError> days_with_places(Database& db, const std::string& hall_code,
                                                  const std::string& item_code, Date from,
                                                  int count, Instant now, const Rules& rules) {
    NH_TRY(check_horizon(from, now, rules));
    NH_ASSIGN(auto ih, item_hall(db, item_code, hall_code));
    NH_ASSIGN(auto calendar, load_calendar(db));
    Date last = add_days(local_date(now), rules.booking_horizon_days);
    auto days = nlohmann::json::array();
    for (Date d = from; !before(last, d) && static_cast<int>(days.size()) < count;
         d = add_days(d, 1)) {
        if (!calendar.covers(d)) break;  // unpublished year: nothing beyond can be offered
        NH_ASSIGN(bool working, calendar.is_working_day(d));
        if (!working) continue;
        NH_ASSIGN(auto slots, open_day(db, ih, d));
        int places = places_not_started(slots, now);
        if (places > 0)
            days.push_back({{"date", format_iso_date(d)}, {"weekday", iso_weekday(d)},
                            {"places_left", places}});
    }
    return days;
}

Result<Slot, ApiError> load_slot(Database& db, std::int64_t id) {
    NH_ASSIGN(auto stmt, db.prepare(std::string{kSlotColumns} + "WHERE id = ?"));
    stmt.bind(1, id);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("slot", std::to_string(id)));
    return read_slot(stmt);
}

nlohmann::json slot_view(const Slot& slot, Instant now) {
    bool started = now >= slot.starts_at();
    return {{"id", slot.id},
            {"start", format_hh_mm(slot.start_minute)},
            {"end", format_hh_mm(slot.end_minute)},
            {"starts_at", format_iso_instant(slot.starts_at())},
            {"capacity", slot.capacity},
            {"places_left", slot.places_left()},
            {"bookable", !started && slot.places_left() > 0}};
}

Result<nlohmann::json, ApiError> hall_ref(Database& db, const std::string& hall_code) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT name_zh, name_en FROM halls WHERE code = ?"));
    stmt.bind(1, hall_code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("hall", hall_code));
    return nlohmann::json{{"code", hall_code}, {"name_zh", stmt.text_at(0)},
                          {"name_en", stmt.text_at(1)}};
}

Result<nlohmann::json, ApiError> item_ref(Database& db, const std::string& item_code) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT name_zh, name_en FROM items WHERE code = ?"));
    stmt.bind(1, item_code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("item", item_code));
    return nlohmann::json{{"code", item_code}, {"name_zh", stmt.text_at(0)},
                          {"name_en", stmt.text_at(1)}};
}

}  // namespace nanhai::platform
