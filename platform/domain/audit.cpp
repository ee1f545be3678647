#include "platform/domain/audit.hpp"

namespace nanhai::platform {

Result<void, DbError> record_audit(const RequestContext& ctx, const Route& route, int status,
                                   const std::string& outcome) {
    if (!ctx.terminal || route.method == "GET") return {};  // reads are not audited
    auto stmt = ctx.db.prepare(
        "INSERT INTO audit (at, terminal_id, applicant_id, action, object, status, outcome) "
        "VALUES (?,?,?,?,?,?,?)");
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, static_cast<std::int64_t>(ctx.now.time_since_epoch().count()));
    stmt->bind(2, ctx.terminal->id);
    if (ctx.audit_applicant) stmt->bind(3, *ctx.audit_applicant); else stmt->bind_null(3);
    stmt->bind(4, route.method + " " + route.pattern);
    stmt->bind(5, ctx.audit_object.empty() ? ctx.request.path : ctx.audit_object);
    stmt->bind(6, status).bind(7, outcome);
    return stmt->run();
}

}  // namespace nanhai::platform
