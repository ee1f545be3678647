#include "kiosk/platform_client/parse_catalogue.hpp"

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

Department read_department(JsonReader& r) {
    return Department{r.string("code"), r.small_int("number"), r.string("name_zh"),
                      r.string("name_en"), r.string("phone"), r.small_int("item_count")};
}

ItemSummary read_item_summary(JsonReader& r) {
    return ItemSummary{r.string("code"), r.string("name_zh"), r.string("name_en"),
                       r.string("department_code"), r.string("level"),
                       r.small_int("min_auth_level"), r.boolean("appointment_required")};
}

GuideMaterial read_material(JsonReader& r) {
    return GuideMaterial{r.string("name_zh"), r.string("name_en"), r.small_int("copies"),
                         r.boolean("original"), r.string("note_zh"), r.string("note_en")};
}

struct Fee {
    std::int64_t cents;
    std::string note_zh;
    std::string note_en;
};

Fee read_fee(JsonReader& r) {
    return Fee{r.integer("amount_cents"), r.string("note_zh"), r.string("note_en")};
}

ServiceGuide read_guide(JsonReader& r) {
    ServiceGuide g;
    g.materials = r.list<GuideMaterial>("materials", read_material);
    g.legal_limit_working_days = r.small_int("legal_limit_working_days");
    g.promised_limit_working_days = r.small_int("promised_limit_working_days");
    auto fee = r.object<Fee>("fee", read_fee);
    g.fee_cents = fee.cents;
    g.fee_note_zh = std::move(fee.note_zh);
    g.fee_note_en = std::move(fee.note_en);
    g.submission_methods = r.strings("submission_methods");
    g.delivery_methods = r.strings("delivery_methods");
    g.basis_zh = r.string("basis_zh");
    g.basis_en = r.string("basis_en");
    return g;
}

ItemHall read_item_hall(JsonReader& r) {
    return ItemHall{r.string("hall_code"), r.string("name_zh"), r.string("name_en"),
                    r.string("level"), r.small_int("slot_minutes"), r.small_int("slot_capacity")};
}

Item read_item(JsonReader& r) {
    Item item;
    item.summary = read_item_summary(r);
    item.department_name_zh = r.string("department_name_zh");
    item.department_name_en = r.string("department_name_en");
    item.guide = r.object<ServiceGuide>("guide", read_guide);
    item.halls = r.list<ItemHall>("halls", read_item_hall);
    return item;
}

OpeningHours read_opening_hours(JsonReader& r) {
    return OpeningHours{r.small_ints("weekdays"), r.string("open"), r.string("close")};
}

Hall read_hall(JsonReader& r) {
    Hall h;
    h.code = r.string("code");
    h.name_zh = r.string("name_zh");
    h.name_en = r.string("name_en");
    h.level = r.string("level");
    h.address_zh = r.string("address_zh");
    h.address_en = r.string("address_en");
    h.phone = r.string("phone");
    h.opening_hours = r.list<OpeningHours>("opening_hours", read_opening_hours);
    return h;
}

HallItem read_hall_item(JsonReader& r) {
    return HallItem{r.string("item_code"), r.string("name_zh"), r.string("name_en"),
                    r.small_int("slot_minutes"), r.small_int("slot_capacity")};
}

HallDetail read_hall_detail(JsonReader& r) {
    HallDetail d;
    d.hall = read_hall(r);
    d.items = r.list<HallItem>("items", read_hall_item);
    return d;
}

CalendarDay read_calendar_day(JsonReader& r) {
    return CalendarDay{r.date("date"), r.small_int("weekday"), r.boolean("working"),
                       r.string("kind"), r.optional_string("name_zh"), r.optional_string("name_en")};
}

Calendar read_calendar(JsonReader& r) {
    return Calendar{r.date("from"), r.date("to"), r.list<CalendarDay>("days", read_calendar_day)};
}

}  // namespace

Result<std::vector<Department>, PlatformError> parse_departments(const nlohmann::json& document) {
    return read_document<std::vector<Department>>(document, "departments", [](JsonReader& r) {
        return r.list<Department>("departments", read_department);
    });
}

Result<Page<ItemSummary>, PlatformError> parse_item_page(const nlohmann::json& document) {
    return read_document<Page<ItemSummary>>(document, "items", [](JsonReader& r) {
        return read_page<ItemSummary>(r, read_item_summary);
    });
}

Result<Item, PlatformError> parse_item(const nlohmann::json& document) {
    return read_document<Item>(document, "item", read_item);
}

Result<std::vector<Hall>, PlatformError> parse_halls(const nlohmann::json& document) {
    return read_document<std::vector<Hall>>(
        document, "halls", [](JsonReader& r) { return r.list<Hall>("halls", read_hall); });
}

Result<HallDetail, PlatformError> parse_hall_detail(const nlohmann::json& document) {
    return read_document<HallDetail>(document, "hall", read_hall_detail);
}

Result<Calendar, PlatformError> parse_calendar(const nlohmann::json& document) {
    return read_document<Calendar>(document, "calendar", read_calendar);
}

}  // namespace nanhai::kiosk
