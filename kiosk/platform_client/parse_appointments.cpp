#include "kiosk/platform_client/parse_appointments.hpp"

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

NamedRef read_ref(JsonReader& r) { return NamedRef{r.string("code"), r.string("name_zh"), r.string("name_en")}; }

Slot read_slot(JsonReader& r) {
    return Slot{r.integer("id"), r.string("start"), r.string("end"), r.instant("starts_at"),
                r.small_int("capacity"), r.small_int("places_left"), r.boolean("bookable")};
}

SlotDay read_slot_day(JsonReader& r) {
    return SlotDay{r.object<NamedRef>("hall", read_ref), r.object<NamedRef>("item", read_ref),
                   r.date("date"), r.list<Slot>("slots", read_slot), r.string("no_show_rule_zh"),
                   r.string("no_show_rule_en")};
}

BookableDay read_bookable_day(JsonReader& r) {
    return BookableDay{r.date("date"), r.small_int("weekday"), r.small_int("places_left")};
}

BookableDays read_bookable_days(JsonReader& r) {
    return BookableDays{r.object<NamedRef>("hall", read_ref), r.object<NamedRef>("item", read_ref),
                        r.list<BookableDay>("days", read_bookable_day)};
}

Appointment read_appointment(JsonReader& r) {
    Appointment a;
    a.id = r.integer("id");
    a.code = r.string("code");
    a.status = r.string("status");
    a.hall = r.object<NamedRef>("hall", read_ref);
    a.item = r.object<NamedRef>("item", read_ref);
    a.date = r.date("date");
    a.start = r.string("start");
    a.end = r.string("end");
    a.starts_at = r.instant("starts_at");
    a.cancel_until = r.instant("cancel_until");
    a.check_in_from = r.instant("check_in_from");
    a.booked_at = r.instant("booked_at");
    a.ticket = r.optional_string("ticket");
    a.qr_payload = r.string("qr_payload");
    a.no_show_rule_zh = r.string("no_show_rule_zh");
    a.no_show_rule_en = r.string("no_show_rule_en");
    return a;
}

CheckIn read_check_in(JsonReader& r) {
    CheckIn c;
    c.ticket = r.string("ticket");
    c.appointment_code = r.string("appointment_code");
    c.status = r.string("status");
    c.hall = r.object<NamedRef>("hall", read_ref);
    c.item = r.object<NamedRef>("item", read_ref);
    c.date = r.date("date");
    c.start = r.string("start");
    c.end = r.string("end");
    c.checked_in_at = r.instant("checked_in_at");
    c.waiting_ahead = r.small_int("waiting_ahead");
    return c;
}

}  // namespace

Result<SlotDay, PlatformError> parse_slot_day(const nlohmann::json& document) {
    return read_document<SlotDay>(document, "slots", read_slot_day);
}

Result<BookableDays, PlatformError> parse_bookable_days(const nlohmann::json& document) {
    return read_document<BookableDays>(document, "days", read_bookable_days);
}

Result<Appointment, PlatformError> parse_appointment(const nlohmann::json& document) {
    return read_document<Appointment>(document, "appointment", read_appointment);
}

Result<Page<Appointment>, PlatformError> parse_appointment_page(const nlohmann::json& document) {
    return read_document<Page<Appointment>>(document, "appointments", [](JsonReader& r) {
        return read_page<Appointment>(r, read_appointment);
    });
}

Result<CheckIn, PlatformError> parse_check_in(const nlohmann::json& document) {
    return read_document<CheckIn>(document, "check_in", read_check_in);
}

}  // namespace nanhai::kiosk
