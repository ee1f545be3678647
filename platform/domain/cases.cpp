// Cases: store, filing, staff events, pickup, views and receipt verification (cases.hpp).
#include "platform/domain/cases.hpp"

#include "common/approval_code.hpp"
#include "common/signed_payload.hpp"
#include "platform/api/json_fields.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/applicants.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/domain/case_stage_data.hpp"
#include "platform/domain/case_stages.hpp"
#include "platform/domain/catalogue.hpp"

namespace nanhai::platform {
namespace {

using json = nlohmann::json;

std::int64_t seconds(Instant t) {
    return static_cast<std::int64_t>(t.time_since_epoch().count());
}
Instant instant(std::int64_t s) {
    return Instant{std::chrono::seconds{s}};
}

constexpr const char* kCaseColumns =
    "SELECT code, item_code, applicant_id, department_code, hall_code, filed_at, stage, status, "
    "data, updated_at FROM cases ";

Case read_case(const Statement& s) {
    auto data = json::parse(s.text_at(8), nullptr, /*allow_exceptions=*/false);
    if (!data.is_object()) data = json::object();
    return Case{s.text_at(0),    s.text_at(1),         s.int_at(2),  s.text_at(3),
                s.text_at(4),    instant(s.int_at(5)), s.text_at(6), s.text_at(7),
                std::move(data), instant(s.int_at(9))};
}

Result<void, ApiError> insert_case(Database& db, const Case& c) {
    NH_ASSIGN(auto stmt,
              db.prepare("INSERT INTO cases (code, item_code, applicant_id, department_code, "
                         "hall_code, filed_at, "
                         "stage, status, data, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    stmt.bind(1, c.code).bind(2, c.item_code).bind(3, c.applicant_id).bind(4, c.department_code);
    stmt.bind(5, c.hall_code).bind(6, seconds(c.filed_at)).bind(7, c.stage).bind(8, c.status);
    stmt.bind(9, c.data.dump()).bind(10, seconds(c.updated_at));
    NH_TRY(stmt.run());
    return {};
}

Result<void, ApiError> update_case(Database& db, const Case& c) {
    NH_ASSIGN(
        auto stmt,
        db.prepare(
            "UPDATE cases SET stage = ?, status = ?, data = ?, updated_at = ? WHERE code = ?"));
    stmt.bind(1, c.stage).bind(2, c.status).bind(3, c.data.dump()).bind(4, seconds(c.updated_at));
    stmt.bind(5, c.code);
    NH_TRY(stmt.run());
    return {};
}

// The event row keeps the status it led to inside its data, so the timeline reads alone.
Result<void, ApiError> record_event(RequestContext& ctx, const Case& c, json data) {
    data["status"] = c.status;
    NH_ASSIGN(auto stmt, ctx.db.prepare("INSERT INTO case_events (case_code, stage, at, "
                                        "terminal_id, data) VALUES (?,?,?,?,?)"));
    stmt.bind(1, c.code).bind(2, c.stage).bind(3, seconds(ctx.now)).bind(4, ctx.terminal->id);
    stmt.bind(5, data.dump());
    NH_TRY(stmt.run());
    return {};
}

Result<std::string, ApiError> hall_for_filing(RequestContext& ctx, const ItemInfo& item,
                                              const std::optional<std::string>& hall_code) {
    if (!hall_code) return ctx.terminal->hall_code;
    NH_TRY(item_hall(ctx.db, item.code, *hall_code));
    return *hall_code;
}

Result<std::string, ApiError> new_case_code(Database& db, const ItemInfo& item, Date filed) {
    NH_ASSIGN(auto serial,
              next_counter(db, "case:" + item.department_code, format_iso_date(filed)));
    if (serial > 99999) return fail(api_error(ErrorCode::internal_error));
    return make_approval_code(filed, item.department_number, static_cast<int>(serial));
}

// Staff of one department move only that department's cases; a desk without a department
// (the hall's general window) may move any.
Result<void, ApiError> check_department(const RequestContext& ctx, const Case& c) {
    const auto& dept = ctx.terminal->department_code;
    if (dept && *dept != c.department_code)
        return fail(api_error(ErrorCode::terminal_forbidden,
                              {{"problem", "the case belongs to another department"}}));
    return {};
}

Result<Case, ApiError> apply_transition(RequestContext& ctx, Case c, const std::string& stage,
                                        const std::string& status, const json& event,
                                        const json& updates) {
    c.stage = stage;
    c.status = status;
    c.data.update(updates);
    c.updated_at = ctx.now;
    NH_TRY(update_case(ctx.db, c));
    NH_TRY(record_event(ctx, c, event));
    ctx.audit_object = "case:" + c.code;
    ctx.audit_applicant = c.applicant_id;
    return c;
}

ApiError refused_transition(const Case& c, std::string_view stage) {
    return api_error(ErrorCode::invalid_stage_transition,
                     {{"stage", c.stage}, {"status", c.status}, {"requested", stage}});
}

struct Names {
    json item;
    json department;
};

Result<Names, ApiError> case_names(Database& db, const Case& c) {
    NH_ASSIGN(
        auto stmt,
        db.prepare("SELECT i.name_zh, i.name_en, d.name_zh, d.name_en FROM items i, departments d "
                   "WHERE i.code = ? AND d.code = ?"));
    stmt.bind(1, c.item_code).bind(2, c.department_code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(api_error(ErrorCode::internal_error));
    return Names{
        {{"code", c.item_code}, {"name_zh", stmt.text_at(0)}, {"name_en", stmt.text_at(1)}},
        {{"code", c.department_code}, {"name_zh", stmt.text_at(2)}, {"name_en", stmt.text_at(3)}}};
}

// Every event of the case, oldest first; `details` adds data and terminal.
Result<json, ApiError> events(Database& db, const std::string& code, bool details) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT id, stage, at, terminal_id, data FROM case_events "
                                    "WHERE case_code = ? ORDER BY id"));
    stmt.bind(1, code);
    json out = json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        json entry{{"stage", stmt.text_at(1)}, {"at", format_iso_instant(instant(stmt.int_at(2)))}};
        if (details) {
            auto data = json::parse(stmt.text_at(4), nullptr, false);
            if (!data.is_object()) data = json::object();
            entry["seq"] = out.size() + 1;
            entry["status"] = data.value("status", "");
            data.erase("status");
            entry["terminal_id"] = stmt.text_at(3);
            entry["data"] = data;
        }
        out.push_back(entry);
    }
    return out;
}

json stage_fields(const Case& c) {
    auto stage = stage_name(c.stage);
    const auto* info = case_status_info(c.status);
    return {{"stage", c.stage},
            {"stage_name_zh", stage.zh},
            {"stage_name_en", stage.en},
            {"status", c.status},
            {"status_zh", info ? info->label_zh : ""},
            {"status_en", info ? info->label_en : ""}};
}

Result<json, ApiError> public_fields(Database& db, const Case& c) {
    NH_ASSIGN(auto names, case_names(db, c));
    json view{{"code", c.code},
              {"item", names.item},
              {"department", names.department},
              {"filed_date", format_iso_date(local_date(c.filed_at))},
              {"updated_at", format_iso_instant(c.updated_at)}};
    view.update(stage_fields(c));
    return view;
}

constexpr const char* kDetailKeys[] = {"pre_review", "submission",
                                       "receipt",    "refusal_of_acceptance",
                                       "correction", "special_procedure",
                                       "decision",   "settlement",
                                       "delivery",   "archive"};

}  // namespace

Result<void, ApiError> check_approval_code(std::string_view code) {
    auto parsed = parse_approval_code(code);
    if (!parsed)
        return fail(
            api_error(ErrorCode::invalid_approval_code, {{"problem", describe(parsed.error())}}));
    return {};
}

Result<Case, ApiError> load_case(Database& db, std::string_view code) {
    NH_TRY(check_approval_code(code));
    NH_ASSIGN(auto stmt, db.prepare(std::string{kCaseColumns} + "WHERE code = ?"));
    std::string normalised{code};
    if (normalised.back() == 'x') normalised.back() = 'X';
    stmt.bind(1, normalised);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("case", code));
    return read_case(stmt);
}

Result<std::int64_t, ApiError> next_counter(Database& db, const std::string& name,
                                            const std::string& scope) {
    NH_ASSIGN(
        auto stmt,
        db.prepare("INSERT INTO counters (name, scope, value) VALUES (?, ?, 1) "
                   "ON CONFLICT (name, scope) DO UPDATE SET value = value + 1 RETURNING value"));
    stmt.bind(1, name).bind(2, scope);
    NH_ASSIGN(bool row, stmt.step());
    if (!row) return fail(api_error(ErrorCode::internal_error));
    auto value = stmt.int_at(0);
    NH_TRY(stmt.run());
    return value;
}

Result<Case, ApiError> file_case(RequestContext& ctx, const std::string& item_code,
                                 const std::optional<std::string>& hall_code) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_TRY(ensure_not_blacklisted(ctx.db, session->applicant_id, ctx.now, ctx.rules));
    NH_ASSIGN(auto item, load_item(ctx.db, item_code));
    if (session->auth_level < item.min_auth_level)
        return fail(
            api_error(ErrorCode::auth_level_insufficient,
                      {{"required", item.min_auth_level}, {"current", session->auth_level}}));
    NH_ASSIGN(auto hall, hall_for_filing(ctx, item, hall_code));
    NH_ASSIGN(auto code, new_case_code(ctx.db, item, local_date(ctx.now)));
    Case c{code,
           item.code,
           session->applicant_id,
           item.department_code,
           hall,
           ctx.now,
           "apply",
           "applied",
           json::object(),
           ctx.now};
    c.data["apply"] = {{"filed_at", format_iso_instant(ctx.now)},
                       {"terminal_id", ctx.terminal->id},
                       {"auth_level", session->auth_level}};
    NH_TRY(insert_case(ctx.db, c));
    NH_TRY(record_event(ctx, c, {{"item_code", item.code}, {"hall_code", hall}}));
    ctx.audit_object = "case:" + c.code;
    return c;
}

Result<Case, ApiError> advance_case(RequestContext& ctx, Case c, const nlohmann::json& body) {
    std::vector<std::string_view> stages(case_stages().begin() + 1, case_stages().end());
    NH_ASSIGN(auto stage, enum_field(body, "stage", stages));
    NH_TRY(check_department(ctx, c));
    if (!transition_allowed(c.status, stage)) return fail(refused_transition(c, stage));
    NH_ASSIGN(auto item, load_item(ctx.db, c.item_code));
    NH_ASSIGN(auto outcome, stage_outcome(ctx, c, item, stage, body));
    auto status = status_after(c.status, stage, outcome.choice);
    if (!status) return fail(refused_transition(c, stage));
    return apply_transition(ctx, std::move(c), stage, *status, outcome.event, outcome.updates);
}

Result<Case, ApiError> confirm_pickup(RequestContext& ctx, Case c) {
    if (c.status != "awaiting_pickup") return fail(refused_transition(c, "delivered"));
    auto updates = delivered_updates(ctx, c, "applicant_at_kiosk");
    return apply_transition(ctx, std::move(c), "delivered", "delivered",
                            {{"confirmed_by", "applicant_at_kiosk"}}, updates);
}

Result<nlohmann::json, ApiError> case_view(Database& db, const Case& c, bool full) {
    NH_ASSIGN(auto view, public_fields(db, c));
    NH_ASSIGN(auto timeline, events(db, c.code, full));
    view["restricted"] = !full;
    if (!full) {
        view["stage_timestamps"] = timeline;
        return view;
    }
    NH_ASSIGN(auto applicant, load_applicant(db, c.applicant_id));
    view["applicant"] = applicant_view(applicant);
    view["hall_code"] = c.hall_code;
    view["filed_at"] = format_iso_instant(c.filed_at);
    view["stage_timestamps"] = json::array();
    for (const auto& e : timeline)
        view["stage_timestamps"].push_back({{"stage", e["stage"]}, {"at", e["at"]}});
    view["timeline"] = timeline;
    for (const char* key : kDetailKeys)
        view[key] = c.data.contains(key) ? c.data[key] : json(nullptr);
    return view;
}

Result<nlohmann::json, ApiError> list_cases(Database& db, std::int64_t applicant_id,
                                            const PageRequest& page) {
    NH_ASSIGN(auto count, db.prepare("SELECT COUNT(*) FROM cases WHERE applicant_id = ?"));
    count.bind(1, applicant_id);
    NH_TRY(count.step());
    auto total = count.int_at(0);
    NH_ASSIGN(
        auto stmt,
        db.prepare(std::string{kCaseColumns} +
                   "WHERE applicant_id = ? ORDER BY filed_at DESC, code DESC LIMIT ? OFFSET ?"));
    stmt.bind(1, applicant_id).bind(2, page.per_page).bind(3, page.offset());
    json items = json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        NH_ASSIGN(auto summary, public_fields(db, read_case(stmt)));
        items.push_back(summary);
    }
    return page_body(items, page, total);
}

nlohmann::json verify_receipt_payload(const PlatformKeys& keys, std::string_view payload) {
    TrustedKey trusted{keys.receipt.key_id, keys.receipt.pair.public_key};
    auto verified = verify_signed_payload(payload, std::span<const TrustedKey>{&trusted, 1});
    if (!verified)
        return {{"valid", false},
                {"type", nullptr},
                {"fields", json::array()},
                {"case_code", nullptr},
                {"problem", describe(verified.error())}};
    json code = nullptr;
    if (verified->type == 'R' && !verified->fields.empty()) code = verified->fields.front();
    return {{"valid", true},
            {"type", std::string(1, verified->type)},
            {"fields", verified->fields},
            {"case_code", code},
            {"problem", nullptr}};
}

}  // namespace nanhai::platform
