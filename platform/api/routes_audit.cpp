// GET /api/v1/audit: the record of reads and changes of personal data (art. 23), for operators
// only (their own credentials: a kiosk's or a desk's key is refused). Filters: applicant_id,
// terminal_id, from and to (ISO 8601 instants); newest first, paginated.
#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/personal_data_audit.hpp"

namespace nanhai::platform {
namespace {

Result<std::optional<Instant>, ApiError> instant_query(const RequestContext& ctx, const std::string& name) {
    const auto text = ctx.query(name);
    if (!text) return std::optional<Instant>{};
    auto at = parse_iso_instant(*text);
    if (!at) return fail(invalid_field(name, "must be an ISO 8601 instant such as 2026-12-01T09:00:00+08:00"));
    return std::optional<Instant>{*at};
}

Result<HttpResponse, ApiError> list(RequestContext& ctx) {
    NH_ASSIGN(auto page, page_request(ctx));
    AccessFilter filter;
    if (auto id = ctx.query("applicant_id")) {
        auto value = parse_positive(*id);
        if (!value) return fail(invalid_field("applicant_id", "must be a positive integer"));
        filter.applicant_id = *value;
    }
    if (auto terminal = ctx.query("terminal_id")) {
        if (terminal->empty() || terminal->size() > 64) return fail(invalid_field("terminal_id", "1 to 64 characters"));
        filter.terminal_id = *terminal;
    }
    NH_ASSIGN(filter.from, instant_query(ctx, "from"));
    NH_ASSIGN(filter.to, instant_query(ctx, "to"));
    NH_ASSIGN(auto body, list_personal_access(ctx.db, filter, page));
    return ok(body);
}

}  // namespace

void add_audit_routes(Router& router) { router.add("GET", "/api/v1/audit", Access::operator_key, false, list); }

}  // namespace nanhai::platform
