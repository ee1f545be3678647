#include "platform/domain/terminals.hpp"

#include <sodium.h>

#include "common/log.hpp"
#include "platform/api/idempotency.hpp"
#include "platform/api/try.hpp"

namespace nanhai::platform {

Result<Terminal, ApiError> authenticate_terminal(Database& db, const HttpRequest& request) {
    const auto* id = request.header("x-terminal-id");
    const auto* key = request.header("x-terminal-key");
    if (!id || !key || id->size() > 64) return fail(api_error(ErrorCode::terminal_unknown));
    NH_ASSIGN(auto stmt, db.prepare("SELECT name, hall_code, role, department_code, key_hash "
                                    "FROM terminals WHERE id = ? AND active = 1"));
    stmt.bind(1, *id);
    NH_ASSIGN(bool found, stmt.step());
    std::string hash = sha256_hex(*key);
    std::string stored = found ? stmt.text_at(4) : std::string(hash.size(), '0');
    bool match = found && stored.size() == hash.size() &&
                 sodium_memcmp(stored.data(), hash.data(), hash.size()) == 0;
    if (!match) {
        log_event(LogLevel::warning, "platform.terminal_rejected", {{"terminal", *id}});
        return fail(api_error(ErrorCode::terminal_unknown));
    }
    return Terminal{*id, stmt.text_at(0), stmt.text_at(1), stmt.text_at(2),
                    stmt.optional_text_at(3)};
}

Result<void, DbError> register_terminal(Database& db, const NewTerminal& t) {
    auto stmt = db.prepare(
        "INSERT INTO terminals (id, name, hall_code, role, department_code, key_hash) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "hall_code = excluded.hall_code, role = excluded.role, "
        "department_code = excluded.department_code, key_hash = excluded.key_hash, active = 1");
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, t.id).bind(2, t.name).bind(3, t.hall_code).bind(4, t.role);
    stmt->bind(5, t.department_code).bind(6, sha256_hex(t.key));
    return stmt->run();
}

}  // namespace nanhai::platform
