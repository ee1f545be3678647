// POST /api/v1/sessions (sign in), GET and DELETE /api/v1/sessions/current.
#include <sodium.h>

#include "common/civil_date.hpp"
#include "platform/api/idempotency.hpp"
#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/applicants.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/domain/identity_token.hpp"

namespace nanhai::platform {
namespace {

struct Credential {
    Applicant applicant;
    std::string method;
    int auth_level;
};

// An ID card read at a terminal: the SAM has authenticated the card; the platform checks the
// number and the validity date the card carries.
Result<Credential, ApiError> id_card_credential(const RequestContext& ctx) {
    const auto& card = ctx.body.contains("id_card") ? ctx.body["id_card"] : nlohmann::json{};
    if (!card.is_object()) return fail(invalid_field("id_card", "is required for method id_card"));
    NH_ASSIGN(auto card_type, enum_field(card, "card_type",
                                         {"citizen", "hk_mo_tw_permit", "foreign_pr_2017",
                                          "foreign_pr_2023"}));
    NH_ASSIGN(auto number, string_field(card, "id_number", 18));
    NH_ASSIGN(auto name, string_field(card, "name", 60));
    NH_ASSIGN(auto valid_to, string_field(card, "valid_to", 10));
    std::string id_type = card_type == "foreign_pr_2017" ? "foreign_pr_2017" : "citizen_id";
    NH_ASSIGN(auto normalised, normalise_identifier(id_type, number, ctx.now));
    if (valid_to != "长期") {
        auto date = parse_iso_date(valid_to);
        if (!date) return fail(invalid_field("valid_to", "must be YYYY-MM-DD or 长期"));
        if (std::chrono::sys_days{*date} < std::chrono::sys_days{local_date(ctx.now)})
            return fail(api_error(ErrorCode::id_card_expired, {{"valid_to", valid_to}}));
    }
    return Credential{{0, "person", id_type, normalised, name}, "id_card", 3};
}

Result<Credential, ApiError> mobile_qr_credential(const RequestContext& ctx) {
    NH_ASSIGN(auto token, string_field(ctx.body, "token", 2048));
    NH_ASSIGN(auto claims, redeem_identity_token(ctx.db, token, ctx.keys.identity_provider,
                                                 ctx.now, ctx.rules));
    NH_ASSIGN(auto normalised, normalise_identifier("citizen_id", claims.id_number, ctx.now));
    return Credential{{0, "person", "citizen_id", normalised, claims.name}, "mobile_qr", 2};
}

// The kiosk has verified the certificate chain and the card's signature over a fresh challenge
// (issue: PC/SC driver); the platform trusts that assertion from an authenticated terminal.
Result<Credential, ApiError> enterprise_credential(const RequestContext& ctx) {
    const auto& cert = ctx.body.contains("enterprise_cert") ? ctx.body["enterprise_cert"]
                                                            : nlohmann::json{};
    if (!cert.is_object())
        return fail(invalid_field("enterprise_cert", "is required for method enterprise_cert"));
    NH_ASSIGN(auto code, string_field(cert, "credit_code", 18));
    NH_ASSIGN(auto name, string_field(cert, "enterprise_name", 100));
    NH_ASSIGN(auto normalised, normalise_identifier("credit_code", code, ctx.now));
    return Credential{{0, "enterprise", "credit_code", normalised, name}, "enterprise_cert", 3};
}

std::string random_token() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return base64url_encode(bytes);
}

Result<std::int64_t, ApiError> services_unlocked(Database& db, int level) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT COUNT(*) FROM items WHERE min_auth_level <= ?"));
    stmt.bind(1, level);
    NH_TRY(stmt.step());
    return stmt.int_at(0);
}

Result<nlohmann::json, ApiError> session_view(RequestContext& ctx, const Applicant& applicant,
                                              const std::string& method, int level) {
    auto view = applicant_view(applicant);
    view["auth_level"] = level;
    view["auth_method"] = method;
    NH_ASSIGN(auto blacklist, blacklist_view(ctx.db, applicant.id, ctx.now, ctx.rules));
    NH_ASSIGN(auto unlocked, services_unlocked(ctx.db, level));
    return nlohmann::json{{"applicant", view}, {"blacklist", blacklist},
                          {"services_unlocked", unlocked}};
}

Result<HttpResponse, ApiError> sign_in(RequestContext& ctx) {
    NH_ASSIGN(auto method, enum_field(ctx.body, "method", {"id_card", "mobile_qr", "enterprise_cert"}));
    NH_ASSIGN(auto credential, method == "id_card"     ? id_card_credential(ctx)
                               : method == "mobile_qr" ? mobile_qr_credential(ctx)
                                                       : enterprise_credential(ctx));
    NH_ASSIGN(auto applicant, find_or_create_applicant(ctx.db, credential.applicant, ctx.now));
    ctx.audit_applicant = applicant.id;
    auto token = random_token();
    auto t = static_cast<std::int64_t>(ctx.now.time_since_epoch().count());
    auto expires = t + ctx.rules.session_max_minutes * 60;
    NH_ASSIGN(auto insert, ctx.db.prepare(
        "INSERT INTO sessions (token_hash, applicant_id, terminal_id, method, auth_level, "
        "created_at, last_seen, expires_at) VALUES (?,?,?,?,?,?,?,?)"));
    ctx.audit_session_hash = sha256_hex(token);
    insert.bind(1, ctx.audit_session_hash).bind(2, applicant.id).bind(3, ctx.terminal->id);
    insert.bind(4, credential.method).bind(5, credential.auth_level).bind(6, t).bind(7, t);
    insert.bind(8, expires);
    NH_TRY(insert.run());
    NH_ASSIGN(auto body, session_view(ctx, applicant, credential.method, credential.auth_level));
    body["token"] = token;
    body["expires_at"] = format_iso_instant(Instant{std::chrono::seconds{expires}});
    body["idle_timeout_seconds"] = ctx.rules.session_idle_minutes * 60;
    return ok(body, 201);
}

Result<HttpResponse, ApiError> current_session(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto applicant, load_applicant(ctx.db, session->applicant_id));
    NH_ASSIGN(auto body, session_view(ctx, applicant, session->method, session->auth_level));
    body["expires_at"] = format_iso_instant(session->expires_at);
    return ok(body);
}

Result<HttpResponse, ApiError> sign_out(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto stmt, ctx.db.prepare("UPDATE sessions SET ended_at = ? WHERE token_hash = ?"));
    stmt.bind(1, static_cast<std::int64_t>(ctx.now.time_since_epoch().count()));
    stmt.bind(2, session->token_hash);
    NH_TRY(stmt.run());
    return ok({{"ended", true}});
}

}  // namespace

void add_session_routes(Router& router) {
    router.add("POST", "/api/v1/sessions", Access::terminal, true, sign_in);
    router.add("GET", "/api/v1/sessions/current", Access::session, false, current_session);
    router.add("DELETE", "/api/v1/sessions/current", Access::session, false, sign_out);
}

}  // namespace nanhai::platform
