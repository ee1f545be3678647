// Art. 23: the platform's record of every read and change of a person's data: which terminal,
// which session (a reference, never the token), whose data, which record, when. Written in the
// request's own transaction, so a request that failed (and changed nothing) leaves no row; the
// rows name people by their internal applicant id only. Operators (their own credentials, not a
// terminal's) list it through GET /api/v1/audit.
#pragma once

#include <optional>
#include <string>

#include "platform/api/request_context.hpp"
#include "platform/api/router.hpp"

namespace nanhai::platform {

// Nothing when the request touched nobody's personal data (ctx.audit_applicant unset).
Result<void, DbError> record_personal_access(const RequestContext& ctx, const Route& route);

struct AccessFilter {
    std::optional<std::int64_t> applicant_id;
    std::optional<std::string> terminal_id;
    std::optional<Instant> from;  // inclusive
    std::optional<Instant> to;    // exclusive
};
Result<nlohmann::json, ApiError> list_personal_access(Database& db, const AccessFilter& filter, const PageRequest& page);

// The operators who may read the record: same headers as terminals, their own table.
Result<Terminal, ApiError> authenticate_operator(Database& db, const HttpRequest& request);
Result<void, DbError> register_operator(Database& db, const std::string& id, const std::string& name, const std::string& key);

}  // namespace nanhai::platform
