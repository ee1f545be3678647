// Reading the catalogue for other areas: items with their guide summarised, hall hours by
// weekday, item-hall slot settings; and the checks that keep stored guides and hours well formed.
#include "platform/domain/catalogue.hpp"

#include <algorithm>
#include <set>

#include "common/log.hpp"
#include "platform/api/try.hpp"

namespace nanhai::platform {
namespace {

const std::set<std::string> kMethods{"on_site", "express", "online"};

// A stored guide or opening-hours value that fails its check is a data error, not the caller's.
ApiError bad_stored(std::string_view what, std::string_view code, const std::string& problem) {
    log_event(LogLevel::error, "platform.catalogue.bad_data",
              {{"what", std::string{what}}, {"code", std::string{code}}, {"problem", problem}});
    return api_error(ErrorCode::internal_error);
}

bool is_string(const nlohmann::json& o, const char* key, bool non_empty) {
    return o.contains(key) && o[key].is_string() &&
           (!non_empty || !o[key].get<std::string>().empty());
}

bool is_int_in(const nlohmann::json& o, const char* key, std::int64_t lo, std::int64_t hi) {
    return o.contains(key) && o[key].is_number_integer() && o[key].get<std::int64_t>() >= lo &&
           o[key].get<std::int64_t>() <= hi;
}

Result<void, std::string> check_material(const nlohmann::json& m) {
    if (!m.is_object() || !is_string(m, "name_zh", true) || !is_string(m, "name_en", true))
        return fail(std::string{"a material needs name_zh and name_en"});
    if (!is_int_in(m, "copies", 1, 20)) return fail("material copies must be 1..20: " + m.dump());
    if (!m.contains("original") || !m["original"].is_boolean())
        return fail("material original must be a boolean: " + m.dump());
    if (!is_string(m, "note_zh", false) || !is_string(m, "note_en", false))
        return fail("material needs note_zh and note_en (may be empty): " + m.dump());
    return {};
}

Result<void, std::string> check_methods(const nlohmann::json& guide, const char* key) {
    if (!guide.contains(key) || !guide[key].is_array() || guide[key].empty())
        return fail(std::string{key} + " must be a non-empty array");
    std::set<std::string> seen;
    for (const auto& m : guide[key])
        if (!m.is_string() || !kMethods.count(m.get<std::string>()) || !seen.insert(m).second)
            return fail(std::string{key} + " holds an unknown or repeated method");
    return {};
}

Result<void, std::string> check_fee(const nlohmann::json& guide) {
    if (!guide.contains("fee") || !guide["fee"].is_object())
        return fail(std::string{"fee must be an object"});
    const auto& fee = guide["fee"];
    if (!is_int_in(fee, "amount_cents", 0, 100'000'000) || !is_string(fee, "note_zh", false) ||
        !is_string(fee, "note_en", false))
        return fail(std::string{"fee needs amount_cents >= 0, note_zh and note_en"});
    return {};
}

Result<void, std::string> check_limits(const nlohmann::json& guide) {
    if (!is_int_in(guide, "legal_limit_working_days", 0, 365) ||
        !is_int_in(guide, "promised_limit_working_days", 0, 365))
        return fail(std::string{"limits must be 0..365 working days"});
    if (guide["promised_limit_working_days"] > guide["legal_limit_working_days"])
        return fail(std::string{"the promised limit may not exceed the legal limit"});
    return {};
}

std::vector<std::string> strings_of(const nlohmann::json& array) {
    return array.get<std::vector<std::string>>();
}

struct OpeningRule {
    std::set<unsigned> weekdays;
    OpenInterval interval;
};

Result<OpeningRule, std::string> parse_opening_rule(const nlohmann::json& r) {
    if (!r.is_object() || !r.contains("weekdays") || !r["weekdays"].is_array() ||
        r["weekdays"].empty() || !is_string(r, "open", true) || !is_string(r, "close", true))
        return fail("opening rule needs weekdays, open and close: " + r.dump());
    OpeningRule rule{};
    for (const auto& d : r["weekdays"]) {
        if (!d.is_number_integer() || d.get<int>() < 1 || d.get<int>() > 7)
            return fail("weekdays are 1 (Monday) to 7 (Sunday): " + r.dump());
        rule.weekdays.insert(d.get<unsigned>());
    }
    auto open = parse_hh_mm(r["open"].get<std::string>());
    auto close = parse_hh_mm(r["close"].get<std::string>());
    if (!open || !close || *open >= *close) return fail("open must be before close: " + r.dump());
    rule.interval = {*open, *close};
    return rule;
}

}  // namespace

Result<void, std::string> validate_guide(const nlohmann::json& guide) {
    if (!guide.is_object()) return fail(std::string{"the guide must be an object"});
    const auto materials = guide.value("materials", nlohmann::json{});
    if (!materials.is_array() || materials.empty())
        return fail(std::string{"materials must be a non-empty array"});
    for (const auto& m : materials)
        if (auto r = check_material(m); !r) return r;
    if (auto r = check_limits(guide); !r) return r;
    if (auto r = check_fee(guide); !r) return r;
    if (auto r = check_methods(guide, "submission_methods"); !r) return r;
    if (auto r = check_methods(guide, "delivery_methods"); !r) return r;
    if (!is_string(guide, "basis_zh", true) || !is_string(guide, "basis_en", true))
        return fail(std::string{"basis_zh and basis_en (the legal basis) are required"});
    return {};
}

Result<void, std::string> validate_opening_hours(const nlohmann::json& hours) {
    if (!hours.is_array()) return fail(std::string{"opening hours must be an array"});
    for (const auto& r : hours)
        if (auto rule = parse_opening_rule(r); !rule) return fail(rule.error());
    return {};
}

Result<HallHours, ApiError> hall_hours_on(Database& db, std::string_view hall_code, Date date) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT opening_hours FROM halls WHERE code = ?"));
    stmt.bind(1, hall_code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("hall", hall_code));
    auto hours = nlohmann::json::parse(stmt.text_at(0), nullptr, /*allow_exceptions=*/false);
    if (auto valid = validate_opening_hours(hours); !valid)
        return fail(bad_stored("opening_hours", hall_code, valid.error()));
    HallHours open;
    for (const auto& r : hours) {
        auto rule = parse_opening_rule(r);
        if (rule->weekdays.count(iso_weekday(date))) open.push_back(rule->interval);
    }
    std::sort(open.begin(), open.end(),
              [](const auto& a, const auto& b) { return a.open_minute < b.open_minute; });
    return open;
}

Result<ItemInfo, ApiError> load_item(Database& db, std::string_view code) {
    NH_ASSIGN(auto stmt, db.prepare(
        "SELECT i.code, i.name_zh, i.name_en, i.department_code, d.number, i.level, "
        "i.min_auth_level, i.appointment_required, i.guide FROM items i "
        "JOIN departments d ON d.code = i.department_code WHERE i.code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("item", code));
    auto guide = nlohmann::json::parse(stmt.text_at(8), nullptr, /*allow_exceptions=*/false);
    if (auto valid = validate_guide(guide); !valid)
        return fail(bad_stored("guide", code, valid.error()));
    return ItemInfo{stmt.text_at(0), stmt.text_at(1), stmt.text_at(2), stmt.text_at(3),
                    static_cast<int>(stmt.int_at(4)), stmt.text_at(5),
                    static_cast<int>(stmt.int_at(6)), stmt.int_at(7) != 0,
                    guide["legal_limit_working_days"].get<int>(),
                    guide["promised_limit_working_days"].get<int>(),
                    strings_of(guide["submission_methods"]), strings_of(guide["delivery_methods"])};
}

Result<ItemHall, ApiError> item_hall(Database& db, std::string_view item_code,
                                     std::string_view hall_code) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT slot_minutes, slot_capacity FROM item_halls "
                                    "WHERE item_code = ? AND hall_code = ?"));
    stmt.bind(1, item_code).bind(2, hall_code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found)
        return fail(api_error(ErrorCode::item_not_served_at_hall,
                              {{"item_code", item_code}, {"hall_code", hall_code}}));
    return ItemHall{std::string{item_code}, std::string{hall_code},
                    static_cast<int>(stmt.int_at(0)), static_cast<int>(stmt.int_at(1))};
}

}  // namespace nanhai::platform
