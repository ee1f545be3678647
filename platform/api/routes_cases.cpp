// Cases (art. 11-16): file, query by approval code, list one's own, staff stage events, on-site
// pickup at the kiosk, and verification of a receipt QR.
#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/cases.hpp"

namespace nanhai::platform {
namespace {

Result<HttpResponse, ApiError> file(RequestContext& ctx) {
    NH_ASSIGN(auto item_code, string_field(ctx.body, "item_code", 40));
    NH_ASSIGN(auto hall_code, optional_string_field(ctx.body, "hall_code", 40));
    NH_ASSIGN(auto c, file_case(ctx, item_code, hall_code));
    NH_ASSIGN(auto view, case_view(ctx.db, c, true));
    return ok(view, 201);
}

bool is_owner(const RequestContext& ctx, const Case& c) {
    return ctx.session && ctx.session->applicant_id == c.applicant_id;
}

// The desk of the case's department (or a general desk) works on the case and sees it whole.
bool is_handling_desk(const RequestContext& ctx, const Case& c) {
    const auto& dept = ctx.terminal->department_code;
    return ctx.terminal->role == "department" && (!dept || *dept == c.department_code);
}

// Anyone at a terminal may look a code up (it is printed on receipts); only the owner's session
// and the handling desk see the details.
Result<HttpResponse, ApiError> show(RequestContext& ctx) {
    NH_ASSIGN(auto c, load_case(ctx.db, ctx.param("code")));
    ctx.audit_object = "case:" + c.code;
    const bool details = is_owner(ctx, c) || is_handling_desk(ctx, c);
    // Whose personal data was read: the owner's with the details, nobody's without them.
    if (details) ctx.audit_applicant = c.applicant_id;
    else ctx.audit_applicant.reset();
    NH_ASSIGN(auto view, case_view(ctx.db, c, details));
    return ok(view);
}

Result<HttpResponse, ApiError> list(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto page, page_request(ctx));
    NH_ASSIGN(auto body, list_cases(ctx.db, session->applicant_id, page));
    return ok(body);
}

Result<HttpResponse, ApiError> add_event(RequestContext& ctx) {
    NH_ASSIGN(auto c, load_case(ctx.db, ctx.param("code")));
    NH_ASSIGN(auto moved, advance_case(ctx, std::move(c), ctx.body));
    NH_ASSIGN(auto view, case_view(ctx.db, moved, true));
    return ok(view, 201);
}

// Another applicant's case answers 404, as if it did not exist.
Result<HttpResponse, ApiError> pickup(RequestContext& ctx) {
    NH_ASSIGN(auto c, load_case(ctx.db, ctx.param("code")));
    if (!is_owner(ctx, c)) return fail(not_found("case", c.code));
    NH_ASSIGN(auto moved, confirm_pickup(ctx, std::move(c)));
    NH_ASSIGN(auto view, case_view(ctx.db, moved, true));
    return ok(view);
}

Result<HttpResponse, ApiError> verify(RequestContext& ctx) {
    NH_ASSIGN(auto payload, string_field(ctx.body, "qr_payload", 1000));
    return ok(verify_receipt_payload(ctx.keys, payload));
}

}  // namespace

void add_case_routes(Router& router) {
    router.add("POST", "/api/v1/cases", Access::session, true, file);
    router.add("GET", "/api/v1/cases", Access::session, false, list);
    router.add("GET", "/api/v1/cases/{code}", Access::optional_session, false, show);
    router.add("POST", "/api/v1/cases/{code}/events", Access::department, true, add_event);
    router.add("POST", "/api/v1/cases/{code}/pickup", Access::session, false, pickup);
    router.add("POST", "/api/v1/receipts/verify", Access::terminal, false, verify);
}

}  // namespace nanhai::platform
