#include "platform/domain/sessions.hpp"

#include "platform/api/idempotency.hpp"
#include "platform/api/try.hpp"

namespace nanhai::platform {
namespace {

std::optional<std::string> bearer_token(const HttpRequest& request) {
    const auto* header = request.header("authorization");
    if (!header || !header->starts_with("Bearer ")) return std::nullopt;
    return header->substr(7);
}

Result<void, ApiError> end_session(Database& db, const std::string& token_hash, Instant now) {
    NH_ASSIGN(auto stmt, db.prepare("UPDATE sessions SET ended_at = ? WHERE token_hash = ?"));
    stmt.bind(1, static_cast<std::int64_t>(now.time_since_epoch().count())).bind(2, token_hash);
    NH_TRY(stmt.run());
    return {};
}

}  // namespace

Result<std::optional<Session>, ApiError> resolve_session(RequestContext& ctx, bool required) {
    auto token = bearer_token(ctx.request);
    if (!token) {
        if (required) return fail(api_error(ErrorCode::session_required));
        return std::optional<Session>{};
    }
    auto hash = sha256_hex(*token);
    NH_ASSIGN(auto stmt, ctx.db.prepare(
        "SELECT applicant_id, terminal_id, method, auth_level, created_at, last_seen, expires_at, "
        "ended_at FROM sessions WHERE token_hash = ?"));
    stmt.bind(1, hash);
    NH_ASSIGN(bool found, stmt.step());
    if (!found || !stmt.is_null(7)) return fail(api_error(ErrorCode::session_expired));
    if (stmt.text_at(1) != ctx.terminal->id)
        return fail(api_error(ErrorCode::session_terminal_mismatch));
    auto t = ctx.now.time_since_epoch().count();
    auto idle_limit = stmt.int_at(5) + ctx.rules.session_idle_minutes * 60;
    if (t >= stmt.int_at(6) || t >= idle_limit) {
        NH_TRY(end_session(ctx.db, hash, ctx.now));
        return fail(api_error(ErrorCode::session_expired));
    }
    Session session{hash, stmt.int_at(0), stmt.text_at(1), stmt.text_at(2),
                    static_cast<int>(stmt.int_at(3)), Instant{std::chrono::seconds{stmt.int_at(6)}}};
    NH_ASSIGN(auto touch, ctx.db.prepare("UPDATE sessions SET last_seen = ? WHERE token_hash = ?"));
    touch.bind(1, static_cast<std::int64_t>(t)).bind(2, hash);
    NH_TRY(touch.run());
    return std::optional<Session>{session};
}

}  // namespace nanhai::platform
