// Evaluations (art. 17): the applicant rates a decided case; the department contests a rating
// and the contest is decided (a false rating becomes a conduct record, art. 25).
#include <charconv>

#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/cases.hpp"
#include "platform/domain/evaluations.hpp"

namespace nanhai::platform {
namespace {

// Only the owner rates or reads the rating; anyone else gets 404 as if the case were unknown.
Result<Case, ApiError> own_case(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto c, load_case(ctx.db, ctx.param("code")));
    if (c.applicant_id != session->applicant_id) return fail(not_found("case", c.code));
    return c;
}

Result<std::int64_t, ApiError> evaluation_id(const RequestContext& ctx) {
    const auto& text = ctx.param("id");
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id < 1)
        return fail(not_found("evaluation", text));
    return id;
}

Result<HttpResponse, ApiError> submit(RequestContext& ctx) {
    NH_ASSIGN(auto c, own_case(ctx));
    NH_ASSIGN(auto view, submit_evaluation(ctx, c, ctx.body));
    return ok(view, 201);
}

Result<HttpResponse, ApiError> show(RequestContext& ctx) {
    NH_ASSIGN(auto c, own_case(ctx));
    NH_ASSIGN(auto view, evaluation_of_case(ctx.db, c, c.applicant_id));
    return ok(view);
}

Result<HttpResponse, ApiError> contest(RequestContext& ctx) {
    NH_ASSIGN(auto id, evaluation_id(ctx));
    NH_ASSIGN(auto evidence, string_field(ctx.body, "evidence", 2000));
    NH_ASSIGN(auto view, contest_evaluation(ctx, id, evidence));
    return ok(view);
}

Result<HttpResponse, ApiError> decide(RequestContext& ctx) {
    NH_ASSIGN(auto id, evaluation_id(ctx));
    NH_ASSIGN(auto found_false, bool_field(ctx.body, "found_false"));
    NH_ASSIGN(auto view, decide_contest(ctx, id, found_false));
    return ok(view);
}

}  // namespace

void add_evaluation_routes(Router& router) {
    router.add("POST", "/api/v1/cases/{code}/evaluation", Access::session, true, submit);
    router.add("GET", "/api/v1/cases/{code}/evaluation", Access::session, false, show);
    router.add("POST", "/api/v1/evaluations/{id}/contest", Access::department, false, contest);
    router.add("POST", "/api/v1/evaluations/{id}/contest-decision", Access::department, false,
               decide);
}

}  // namespace nanhai::platform
