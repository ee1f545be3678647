// The personal data access record (see personal_data_audit.hpp).
#include "platform/domain/personal_data_audit.hpp"

#include <sodium.h>

#include "common/log.hpp"
#include "platform/api/idempotency.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/terminals.hpp"

namespace nanhai::platform {
namespace {

std::int64_t seconds(Instant at) { return static_cast<std::int64_t>(at.time_since_epoch().count()); }

}  // namespace

Result<void, DbError> record_personal_access(const RequestContext& ctx, const Route& route) {
    if (!ctx.terminal || !ctx.audit_applicant || ctx.terminal->role == "operator") return {};
    auto stmt = ctx.db.prepare(
        "INSERT INTO personal_data_access (at, terminal_id, session_ref, applicant_id, record, access, action) "
        "VALUES (?,?,?,?,?,?,?)");
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, seconds(ctx.now)).bind(2, ctx.terminal->id);
    // The first 16 hex digits of the token's SHA-256: tells sessions apart, opens none.
    const std::string session = ctx.session ? ctx.session->token_hash : ctx.audit_session_hash;  // a sign-in: the new one
    if (!session.empty()) stmt->bind(3, session.substr(0, 16)); else stmt->bind_null(3);
    stmt->bind(4, *ctx.audit_applicant);
    stmt->bind(5, ctx.audit_object.empty() ? "applicant:" + std::to_string(*ctx.audit_applicant) : ctx.audit_object);
    stmt->bind(6, std::string{route.method == "GET" ? "read" : "change"});
    stmt->bind(7, route.method + " " + route.pattern);
    return stmt->run();
}

Result<nlohmann::json, ApiError> list_personal_access(Database& db, const AccessFilter& filter, const PageRequest& page) {
    std::string where = " WHERE 1=1";
    if (filter.applicant_id) where += " AND applicant_id = ?";
    if (filter.terminal_id) where += " AND terminal_id = ?";
    if (filter.from) where += " AND at >= ?";
    if (filter.to) where += " AND at < ?";
    const auto bind_filter = [&filter](Statement& s) {
        int i = 1;
        if (filter.applicant_id) s.bind(i++, *filter.applicant_id);
        if (filter.terminal_id) s.bind(i++, *filter.terminal_id);
        if (filter.from) s.bind(i++, seconds(*filter.from));
        if (filter.to) s.bind(i++, seconds(*filter.to));
        return i;
    };
    NH_ASSIGN(auto count, db.prepare("SELECT COUNT(*) FROM personal_data_access" + where));
    bind_filter(count);
    NH_TRY(count.step());
    const auto total = count.int_at(0);
    NH_ASSIGN(auto stmt, db.prepare("SELECT id, at, terminal_id, session_ref, applicant_id, record, access, action "
                                    "FROM personal_data_access" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"));
    const int next = bind_filter(stmt);
    stmt.bind(next, page.per_page).bind(next + 1, page.offset());
    nlohmann::json items = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        const auto session = stmt.optional_text_at(3);
        items.push_back({{"id", stmt.int_at(0)},
                         {"at", format_iso_instant(Instant{std::chrono::seconds{stmt.int_at(1)}})},
                         {"terminal_id", stmt.text_at(2)},
                         {"session", session ? nlohmann::json(*session) : nlohmann::json(nullptr)},
                         {"applicant_id", stmt.int_at(4)},
                         {"record", stmt.text_at(5)},
                         {"access", stmt.text_at(6)},
                         {"action", stmt.text_at(7)}});
    }
    return page_body(items, page, total);
}

Result<Terminal, ApiError> authenticate_operator(Database& db, const HttpRequest& request) {
    const auto* id = request.header("x-terminal-id");
    const auto* key = request.header("x-terminal-key");
    if (!id || !key || id->size() > 64) return fail(api_error(ErrorCode::terminal_unknown));
    NH_ASSIGN(auto stmt, db.prepare("SELECT name, key_hash FROM operators WHERE id = ? AND active = 1"));
    stmt.bind(1, *id);
    NH_ASSIGN(bool found, stmt.step());
    const std::string hash = sha256_hex(*key);
    const std::string stored = found ? stmt.text_at(1) : std::string(hash.size(), '0');
    if (found && stored.size() == hash.size() && sodium_memcmp(stored.data(), hash.data(), hash.size()) == 0)
        return Terminal{*id, stmt.text_at(0), "", "operator", std::nullopt};
    // A terminal's own credentials are good, but not for this: forbidden rather than unknown.
    if (authenticate_terminal(db, request)) return fail(api_error(ErrorCode::terminal_forbidden));
    return fail(api_error(ErrorCode::terminal_unknown));
}

Result<void, DbError> register_operator(Database& db, const std::string& id, const std::string& name, const std::string& key) {
    auto stmt = db.prepare("INSERT INTO operators (id, name, key_hash) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET "
                           "name = excluded.name, key_hash = excluded.key_hash, active = 1");
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, id).bind(2, name).bind(3, sha256_hex(key));
    return stmt->run();
}

}  // namespace nanhai::platform
