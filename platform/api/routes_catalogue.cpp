// The service catalogue a kiosk browses (art. 10): GET /api/v1/departments, /items (search and
// filters, paginated), /items/{code} (the full service guide and the halls that serve it),
// /halls, /halls/{code} (address, phone, opening hours) and /calendar (working days).
#include <chrono>

#include "common/utf8.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/catalogue.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

constexpr std::size_t kMaxQueryChars = 50;
constexpr int kMaxCalendarDays = 62;

nlohmann::json parse_stored(const std::string& text) {
    return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

// ---- departments ---------------------------------------------------------------------------

Result<HttpResponse, ApiError> list_departments(RequestContext& ctx) {
    NH_ASSIGN(auto stmt, ctx.db.prepare(
        "SELECT d.code, d.number, d.name_zh, d.name_en, d.phone, "
        "(SELECT COUNT(*) FROM items i WHERE i.department_code = d.code) "
        "FROM departments d ORDER BY d.number"));
    auto departments = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        departments.push_back({{"code", stmt.text_at(0)}, {"number", stmt.int_at(1)},
                               {"name_zh", stmt.text_at(2)}, {"name_en", stmt.text_at(3)},
                               {"phone", stmt.text_at(4)}, {"item_count", stmt.int_at(5)}});
    }
    return ok({{"departments", std::move(departments)}});
}

// ---- items ---------------------------------------------------------------------------------

struct ItemFilter {
    std::optional<std::string> department;
    std::optional<std::string> like;  // "%text%" with LIKE wildcards escaped
    std::optional<std::string> hall;
};

// SQLite's LIKE folds case for ASCII only, which is what "case-insensitive for Latin" asks.
std::string like_pattern(const std::string& text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

Result<bool, ApiError> code_exists(Database& db, const char* table, const std::string& code) {
    NH_ASSIGN(auto stmt, db.prepare(std::string{"SELECT 1 FROM "} + table + " WHERE code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    return found;
}

Result<std::optional<std::string>, ApiError> known_code(RequestContext& ctx, const char* param,
                                                        const char* table) {
    auto code = ctx.query(param);
    if (!code || code->empty()) return std::optional<std::string>{};
    NH_ASSIGN(bool exists, code_exists(ctx.db, table, *code));
    if (!exists) return fail(invalid_field(param, "is not a known code"));
    return code;
}

Result<ItemFilter, ApiError> item_filter(RequestContext& ctx) {
    ItemFilter filter;
    NH_ASSIGN(filter.department, known_code(ctx, "department", "departments"));
    NH_ASSIGN(filter.hall, known_code(ctx, "hall", "halls"));
    if (auto q = ctx.query("q"); q && !q->empty()) {
        if (!is_valid_utf8(*q)) return fail(invalid_field("q", "must be UTF-8 text"));
        if (split_code_points(*q).size() > kMaxQueryChars)
            return fail(invalid_field("q", "is longer than " + std::to_string(kMaxQueryChars)));
        filter.like = like_pattern(*q);
    }
    return filter;
}

constexpr std::string_view kItemWhere =
    " FROM items i JOIN departments d ON d.code = i.department_code"
    " WHERE (?1 IS NULL OR i.department_code = ?1)"
    " AND (?2 IS NULL OR i.code LIKE ?2 ESCAPE '\\' OR i.name_zh LIKE ?2 ESCAPE '\\'"
    "      OR i.name_en LIKE ?2 ESCAPE '\\')"
    " AND (?3 IS NULL OR EXISTS (SELECT 1 FROM item_halls h"
    "      WHERE h.item_code = i.code AND h.hall_code = ?3))";

void bind_filter(Statement& stmt, const ItemFilter& filter) {
    stmt.bind(1, filter.department).bind(2, filter.like).bind(3, filter.hall);
}

Result<std::int64_t, ApiError> count_items(Database& db, const ItemFilter& filter) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT COUNT(*)" + std::string{kItemWhere}));
    bind_filter(stmt, filter);
    NH_TRY(stmt.step());
    return stmt.int_at(0);
}

nlohmann::json item_summary(const Statement& row) {
    return {{"code", row.text_at(0)},          {"name_zh", row.text_at(1)},
            {"name_en", row.text_at(2)},       {"department_code", row.text_at(3)},
            {"level", row.text_at(4)},         {"min_auth_level", row.int_at(5)},
            {"appointment_required", row.int_at(6) != 0}};
}

constexpr std::string_view kItemColumns =
    "SELECT i.code, i.name_zh, i.name_en, i.department_code, i.level, i.min_auth_level, "
    "i.appointment_required";

Result<HttpResponse, ApiError> list_items(RequestContext& ctx) {
    NH_ASSIGN(auto page, page_request(ctx));
    NH_ASSIGN(auto filter, item_filter(ctx));
    NH_ASSIGN(auto total, count_items(ctx.db, filter));
    NH_ASSIGN(auto stmt, ctx.db.prepare(std::string{kItemColumns} + std::string{kItemWhere} +
                                        " ORDER BY d.number, i.code LIMIT ?4 OFFSET ?5"));
    bind_filter(stmt, filter);
    stmt.bind(4, page.per_page).bind(5, page.offset());
    auto items = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        items.push_back(item_summary(stmt));
    }
    return ok(page_body(std::move(items), page, total));
}

Result<nlohmann::json, ApiError> halls_serving(Database& db, const std::string& item_code) {
    NH_ASSIGN(auto stmt, db.prepare(
        "SELECT h.code, h.name_zh, h.name_en, h.level, ih.slot_minutes, ih.slot_capacity "
        "FROM item_halls ih JOIN halls h ON h.code = ih.hall_code WHERE ih.item_code = ? "
        "ORDER BY h.level, h.code"));
    stmt.bind(1, item_code);
    auto halls = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        halls.push_back({{"hall_code", stmt.text_at(0)}, {"name_zh", stmt.text_at(1)},
                         {"name_en", stmt.text_at(2)}, {"level", stmt.text_at(3)},
                         {"slot_minutes", stmt.int_at(4)}, {"slot_capacity", stmt.int_at(5)}});
    }
    return halls;
}

Result<HttpResponse, ApiError> get_item(RequestContext& ctx) {
    const auto& code = ctx.param("code");
    NH_ASSIGN(auto stmt, ctx.db.prepare(
        std::string{kItemColumns} + ", i.guide, d.name_zh, d.name_en FROM items i "
        "JOIN departments d ON d.code = i.department_code WHERE i.code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("item", code));
    auto guide = parse_stored(stmt.text_at(7));
    if (!validate_guide(guide)) return fail(api_error(ErrorCode::internal_error));
    auto body = item_summary(stmt);
    body["department_name_zh"] = stmt.text_at(8);
    body["department_name_en"] = stmt.text_at(9);
    body["guide"] = std::move(guide);
    NH_ASSIGN(body["halls"], halls_serving(ctx.db, code));
    ctx.audit_object = code;
    return ok(std::move(body));
}

// ---- halls ---------------------------------------------------------------------------------

constexpr std::string_view kHallColumns =
    "SELECT code, name_zh, name_en, level, address_zh, address_en, phone, opening_hours "
    "FROM halls";

nlohmann::json hall_view(const Statement& row) {
    return {{"code", row.text_at(0)},       {"name_zh", row.text_at(1)},
            {"name_en", row.text_at(2)},    {"level", row.text_at(3)},
            {"address_zh", row.text_at(4)}, {"address_en", row.text_at(5)},
            {"phone", row.text_at(6)},      {"opening_hours", parse_stored(row.text_at(7))}};
}

Result<HttpResponse, ApiError> list_halls(RequestContext& ctx) {
    // The district hall first, then the town and street halls by code.
    NH_ASSIGN(auto stmt, ctx.db.prepare(std::string{kHallColumns} + " ORDER BY level, code"));
    auto halls = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        halls.push_back(hall_view(stmt));
    }
    return ok({{"halls", std::move(halls)}});
}

Result<nlohmann::json, ApiError> items_served_at(Database& db, const std::string& hall_code) {
    NH_ASSIGN(auto stmt, db.prepare(
        "SELECT i.code, i.name_zh, i.name_en, ih.slot_minutes, ih.slot_capacity "
        "FROM item_halls ih JOIN items i ON i.code = ih.item_code "
        "JOIN departments d ON d.code = i.department_code WHERE ih.hall_code = ? "
        "ORDER BY d.number, i.code"));
    stmt.bind(1, hall_code);
    auto items = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        items.push_back({{"item_code", stmt.text_at(0)}, {"name_zh", stmt.text_at(1)},
                         {"name_en", stmt.text_at(2)}, {"slot_minutes", stmt.int_at(3)},
                         {"slot_capacity", stmt.int_at(4)}});
    }
    return items;
}

Result<HttpResponse, ApiError> get_hall(RequestContext& ctx) {
    const auto& code = ctx.param("code");
    NH_ASSIGN(auto stmt, ctx.db.prepare(std::string{kHallColumns} + " WHERE code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("hall", code));
    auto body = hall_view(stmt);
    NH_ASSIGN(body["items"], items_served_at(ctx.db, code));
    return ok(std::move(body));
}

// ---- calendar ------------------------------------------------------------------------------

Result<Date, ApiError> date_param(const RequestContext& ctx, const char* name) {
    auto text = ctx.query(name);
    if (!text) return fail(invalid_field(name, "is required (YYYY-MM-DD)"));
    auto date = parse_iso_date(*text);
    if (!date) return fail(invalid_field(name, "must be a date YYYY-MM-DD"));
    return *date;
}

Result<nlohmann::json, ApiError> calendar_day(const WorkingCalendar& calendar, Date date) {
    NH_ASSIGN(bool working, calendar.is_working_day(date));
    const auto* special = calendar.exception(date);
    const char* kind = !special ? "regular" : special->holiday ? "holiday" : "make_up_workday";
    nlohmann::json day{{"date", format_iso_date(date)},
                       {"weekday", iso_weekday(date)},
                       {"working", working},
                       {"kind", kind},
                       {"name_zh", nullptr},
                       {"name_en", nullptr}};
    if (special) {
        day["name_zh"] = special->name_zh;
        day["name_en"] = special->name_en;
    }
    return day;
}

Result<HttpResponse, ApiError> get_calendar(RequestContext& ctx) {
    NH_ASSIGN(Date from, date_param(ctx, "from"));
    NH_ASSIGN(Date to, date_param(ctx, "to"));
    auto span = (std::chrono::sys_days{to} - std::chrono::sys_days{from}).count() + 1;
    if (span < 1) return fail(invalid_field("to", "must not be before from"));
    if (span > kMaxCalendarDays)
        return fail(invalid_field("to", "the range is at most " + std::to_string(kMaxCalendarDays) +
                                            " days"));
    NH_ASSIGN(auto calendar, load_calendar(ctx.db));
    auto days = nlohmann::json::array();
    for (Date d = from; std::chrono::sys_days{d} <= std::chrono::sys_days{to}; d = add_days(d, 1)) {
        NH_ASSIGN(auto day, calendar_day(calendar, d));
        days.push_back(std::move(day));
    }
    return ok({{"from", format_iso_date(from)}, {"to", format_iso_date(to)}, {"days", days}});
}

}  // namespace

void add_catalogue_routes(Router& router) {
    router.add("GET", "/api/v1/departments", Access::terminal, false, list_departments);
    router.add("GET", "/api/v1/items", Access::terminal, false, list_items);
    router.add("GET", "/api/v1/items/{code}", Access::terminal, false, get_item);
    router.add("GET", "/api/v1/halls", Access::terminal, false, list_halls);
    router.add("GET", "/api/v1/halls/{code}", Access::terminal, false, get_hall);
    router.add("GET", "/api/v1/calendar", Access::terminal, false, get_calendar);
}

}  // namespace nanhai::platform
