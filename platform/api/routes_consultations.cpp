// Consultations and complaints (art. 8): file at a kiosk, follow a ticket, list one's own; desks
// reply and record whether a complaint was false.
#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/consultations.hpp"

namespace nanhai::platform {
namespace {

Result<HttpResponse, ApiError> file(RequestContext& ctx) {
    NH_ASSIGN(auto view, file_consultation(ctx, ctx.body));
    return ok(view, 201);
}

Result<HttpResponse, ApiError> show(RequestContext& ctx) {
    NH_ASSIGN(auto view, consultation_view(ctx, ctx.param("ticket")));
    return ok(view);
}

Result<HttpResponse, ApiError> list(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto page, page_request(ctx));
    NH_ASSIGN(auto body, list_consultations(ctx, session->applicant_id, page));
    return ok(body);
}

Result<HttpResponse, ApiError> reply(RequestContext& ctx) {
    NH_ASSIGN(auto text, string_field(ctx.body, "text", 2000));
    NH_ASSIGN(auto view, reply_consultation(ctx, ctx.param("ticket"), text));
    return ok(view);
}

Result<HttpResponse, ApiError> finding(RequestContext& ctx) {
    NH_ASSIGN(auto found_false, bool_field(ctx.body, "found_false"));
    NH_ASSIGN(auto view, record_complaint_finding(ctx, ctx.param("ticket"), found_false));
    return ok(view);
}

}  // namespace

void add_consultation_routes(Router& router) {
    router.add("POST", "/api/v1/consultations", Access::optional_session, true, file);
    router.add("GET", "/api/v1/consultations", Access::session, false, list);
    router.add("GET", "/api/v1/consultations/{ticket}", Access::optional_session, false, show);
    router.add("POST", "/api/v1/consultations/{ticket}/reply", Access::department, false, reply);
    router.add("POST", "/api/v1/consultations/{ticket}/finding", Access::department, false,
               finding);
}

}  // namespace nanhai::platform
