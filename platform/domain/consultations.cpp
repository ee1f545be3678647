// Consultations and complaints: tickets, reply deadlines, masked views, replies and findings.
#include "platform/domain/consultations.hpp"

#include <cstdio>

#include "common/masking.hpp"
#include "platform/api/json_fields.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/domain/cases.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

using json = nlohmann::json;

struct Consultation {
    std::string ticket;
    std::string kind;
    std::optional<std::int64_t> applicant_id;
    std::optional<std::string> case_code;
    std::string subject;
    std::string body;
    std::string contact_phone;
    Instant filed_at;
    std::string reply_due;
    std::string status;
    std::optional<std::string> reply_text;
    std::optional<Instant> replied_at;
    bool found_false;
};

constexpr const char* kColumns =
    "SELECT ticket, kind, applicant_id, case_code, subject, body, contact_phone, filed_at, "
    "reply_due, status, reply_text, replied_at, found_false FROM consultations ";

Instant instant(std::int64_t s) {
    return Instant{std::chrono::seconds{s}};
}
std::int64_t seconds(Instant t) {
    return static_cast<std::int64_t>(t.time_since_epoch().count());
}

Consultation read_row(const Statement& s) {
    return Consultation{s.text_at(0),
                        s.text_at(1),
                        s.is_null(2) ? std::nullopt : std::optional{s.int_at(2)},
                        s.optional_text_at(3),
                        s.text_at(4),
                        s.text_at(5),
                        s.text_at(6),
                        instant(s.int_at(7)),
                        s.text_at(8),
                        s.text_at(9),
                        s.optional_text_at(10),
                        s.is_null(11) ? std::nullopt : std::optional{instant(s.int_at(11))},
                        s.int_at(12) != 0};
}

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// A mainland mobile number (1[3-9] + 9 digits) or a landline with area code (0757-86xxxxxx).
bool valid_phone(const std::string& p) {
    if (p.size() == 11 && p[0] == '1' && p[1] >= '3' && digits(p)) return true;
    auto dash = p.find('-');
    if (dash == std::string::npos) return false;
    auto area = p.substr(0, dash), local = p.substr(dash + 1);
    return area.size() >= 3 && area.size() <= 4 && area[0] == '0' && digits(area) &&
           local.size() >= 7 && local.size() <= 8 && digits(local);
}

bool valid_ticket(const std::string& t) {
    return t.size() == 14 && (t.starts_with("ZX") || t.starts_with("TS")) && digits(t.substr(2));
}

Result<Consultation, ApiError> load(Database& db, const std::string& ticket) {
    if (!valid_ticket(ticket))
        return fail(
            invalid_field("ticket", "must be ZX or TS, the filing date YYYYMMDD and 4 digits"));
    NH_ASSIGN(auto stmt, db.prepare(std::string{kColumns} + "WHERE ticket = ?"));
    stmt.bind(1, ticket);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("consultation", ticket));
    return read_row(stmt);
}

bool is_desk(const RequestContext& ctx) {
    return ctx.terminal && ctx.terminal->role == "department";
}

bool is_filer(const RequestContext& ctx, const Consultation& c) {
    return ctx.session && c.applicant_id && *c.applicant_id == ctx.session->applicant_id;
}

json reply_json(const Consultation& c) {
    if (!c.reply_text) return nullptr;
    return {{"text", *c.reply_text},
            {"replied_at", c.replied_at ? json(format_iso_instant(*c.replied_at)) : json(nullptr)}};
}

// An anonymous filer holds only the ticket, so its reply is shown to whoever has the ticket;
// a signed-in filer's body and reply are for that filer (and the desks answering) alone.
json view(const RequestContext& ctx, const Consultation& c) {
    bool full = is_filer(ctx, c) || is_desk(ctx);
    bool reply_visible = full || !c.applicant_id;
    return {{"ticket", c.ticket},
            {"kind", c.kind},
            {"kind_zh", c.kind == "complaint" ? "投诉" : "咨询"},
            {"subject", c.subject},
            {"body", full ? json(c.body) : json(nullptr)},
            {"case_code", c.case_code ? json(*c.case_code) : json(nullptr)},
            {"contact_phone_masked",
             c.contact_phone.empty() ? json(nullptr) : json(mask_phone(c.contact_phone))},
            {"filed_at", format_iso_instant(c.filed_at)},
            {"reply_due", c.reply_due},
            {"status", c.status},
            {"reply", reply_visible ? reply_json(c) : json(nullptr)},
            {"found_false", c.found_false},
            {"channel_zh", "南海民声热线"},
            {"channel_en", "Nanhai hotline"},
            {"restricted", !full}};
}

Result<std::string, ApiError> new_ticket(Database& db, const std::string& kind, Date today) {
    std::string prefix = kind == "complaint" ? "TS" : "ZX";
    auto date = format_iso_date(today);
    NH_ASSIGN(auto serial, next_counter(db, "ticket:" + prefix, date));
    if (serial > 9999) return fail(api_error(ErrorCode::internal_error));
    char number[24];
    std::snprintf(number, sizeof number, "%04lld", static_cast<long long>(serial));
    return prefix + date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) + number;
}

Result<std::optional<std::string>, ApiError> linked_case(Database& db, const json& body) {
    NH_ASSIGN(auto code, optional_string_field(body, "case_code", 21));
    if (!code || code->empty()) return std::optional<std::string>{};
    NH_ASSIGN(auto c, load_case(db, *code));
    return std::optional<std::string>{c.code};
}

Result<std::string, ApiError> phone_field(const json& body) {
    NH_ASSIGN(auto phone, optional_string_field(body, "contact_phone", 20));
    if (phone && !phone->empty() && !valid_phone(*phone))
        return fail(invalid_field("contact_phone", "must be a mobile number or 0757-xxxxxxxx"));
    return phone.value_or("");
}

Result<void, ApiError> insert(RequestContext& ctx, const Consultation& c) {
    NH_ASSIGN(
        auto stmt,
        ctx.db.prepare(
            "INSERT INTO consultations (ticket, kind, applicant_id, case_code, subject, body, "
            "contact_phone, filed_at, reply_due, status, terminal_id) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?)"));
    stmt.bind(1, c.ticket).bind(2, c.kind);
    if (c.applicant_id)
        stmt.bind(3, *c.applicant_id);
    else
        stmt.bind_null(3);
    stmt.bind(4, c.case_code).bind(5, c.subject).bind(6, c.body).bind(7, c.contact_phone);
    stmt.bind(8, seconds(c.filed_at)).bind(9, c.reply_due).bind(10, c.status);
    stmt.bind(11, ctx.terminal->id);
    NH_TRY(stmt.run());
    return {};
}

// A desk of one department answers what concerns its cases; unlinked tickets go to any desk.
Result<void, ApiError> check_desk(RequestContext& ctx, const Consultation& c) {
    const auto& dept = ctx.terminal->department_code;
    if (!dept || !c.case_code) return {};
    NH_ASSIGN(auto linked, load_case(ctx.db, *c.case_code));
    if (linked.department_code != *dept)
        return fail(api_error(ErrorCode::terminal_forbidden,
                              {{"problem", "the ticket concerns another department's case"}}));
    return {};
}

}  // namespace

Result<nlohmann::json, ApiError> file_consultation(RequestContext& ctx,
                                                   const nlohmann::json& body) {
    NH_ASSIGN(auto kind, enum_field(body, "kind", {"consultation", "complaint"}));
    NH_ASSIGN(auto subject, string_field(body, "subject", 100));
    NH_ASSIGN(auto text, string_field(body, "body", 2000));
    NH_ASSIGN(auto phone, phone_field(body));
    NH_ASSIGN(auto case_code, linked_case(ctx.db, body));
    NH_ASSIGN(auto calendar, load_calendar(ctx.db));
    Date today = local_date(ctx.now);
    int days = kind == "complaint" ? ctx.rules.complaint_reply_working_days
                                   : ctx.rules.consultation_reply_working_days;
    NH_ASSIGN(auto due, calendar.add_working_days(today, days));
    NH_ASSIGN(auto ticket, new_ticket(ctx.db, kind, today));
    std::optional<std::int64_t> applicant;
    if (ctx.session) applicant = ctx.session->applicant_id;
    Consultation c{ticket,    kind,         applicant,
                   case_code, subject,      text,
                   phone,     ctx.now,      format_iso_date(due),
                   "pending", std::nullopt, std::nullopt,
                   false};
    NH_TRY(insert(ctx, c));
    ctx.audit_object = "consultation:" + ticket;
    return view(ctx, c);
}

Result<nlohmann::json, ApiError> consultation_view(RequestContext& ctx, const std::string& ticket) {
    NH_ASSIGN(auto c, load(ctx.db, ticket));
    ctx.audit_object = "consultation:" + ticket;
    ctx.audit_applicant = c.applicant_id;  // whose text was read (none for an anonymous one)
    return view(ctx, c);
}

Result<nlohmann::json, ApiError> list_consultations(RequestContext& ctx, std::int64_t applicant_id,
                                                    const PageRequest& page) {
    NH_ASSIGN(auto count,
              ctx.db.prepare("SELECT COUNT(*) FROM consultations WHERE applicant_id = ?"));
    count.bind(1, applicant_id);
    NH_TRY(count.step());
    auto total = count.int_at(0);
    NH_ASSIGN(auto stmt,
              ctx.db.prepare(
                  std::string{kColumns} +
                  "WHERE applicant_id = ? ORDER BY filed_at DESC, ticket DESC LIMIT ? OFFSET ?"));
    stmt.bind(1, applicant_id).bind(2, page.per_page).bind(3, page.offset());
    json items = json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        items.push_back(view(ctx, read_row(stmt)));
    }
    return page_body(items, page, total);
}

Result<nlohmann::json, ApiError> reply_consultation(RequestContext& ctx, const std::string& ticket,
                                                    const std::string& text) {
    NH_ASSIGN(auto c, load(ctx.db, ticket));
    NH_TRY(check_desk(ctx, c));
    NH_ASSIGN(auto stmt, ctx.db.prepare("UPDATE consultations SET status = 'replied', "
                                        "reply_text = ?, replied_at = ? WHERE ticket = ?"));
    stmt.bind(1, text).bind(2, seconds(ctx.now)).bind(3, ticket);
    NH_TRY(stmt.run());
    c.status = "replied";
    c.reply_text = text;
    c.replied_at = ctx.now;
    ctx.audit_object = "consultation:" + ticket;
    ctx.audit_applicant = c.applicant_id;
    return view(ctx, c);
}

Result<nlohmann::json, ApiError> record_complaint_finding(RequestContext& ctx,
                                                          const std::string& ticket,
                                                          bool found_false) {
    NH_ASSIGN(auto c, load(ctx.db, ticket));
    if (c.kind != "complaint")
        return fail(invalid_field("ticket", "findings are made on complaints only"));
    NH_TRY(check_desk(ctx, c));
    ctx.audit_object = "consultation:" + ticket;
    ctx.audit_applicant = c.applicant_id;
    if (!found_false || c.found_false) return view(ctx, c);  // a finding is recorded once
    NH_ASSIGN(auto stmt,
              ctx.db.prepare("UPDATE consultations SET found_false = 1 WHERE ticket = ?"));
    stmt.bind(1, ticket);
    NH_TRY(stmt.run());
    c.found_false = true;
    if (c.applicant_id)
        NH_TRY(add_conduct_record(ctx, *c.applicant_id, "false_complaint_or_evaluation",
                                  "complaint:" + ticket));
    return view(ctx, c);
}

}  // namespace nanhai::platform
