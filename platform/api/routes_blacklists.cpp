// The blacklist (art. 25): the applicant's own view and appeal, and the department desk's
// conduct records and appeal decisions. Rules live in domain/blacklist.cpp.
//   GET  /api/v1/blacklist                  session     own blacklist view
//   POST /api/v1/blacklist/{id}/appeals     session     appeal {statement}
//   POST /api/v1/conduct-records            department  {id_type?, id_number, kind, reference}
//   POST /api/v1/appeals/{id}/decision      department  {outcome: upheld|rejected, note}
#include <charconv>

#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/applicants.hpp"
#include "platform/domain/blacklist.hpp"

namespace nanhai::platform {
namespace {

// A path id that is not a positive number names nothing: 404, like an unknown one.
Result<std::int64_t, ApiError> id_param(const RequestContext& ctx, std::string_view resource) {
    const auto& text = ctx.param("id");
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id < 1)
        return fail(not_found(resource, text));
    return id;
}

Result<HttpResponse, ApiError> own_blacklist(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto view, blacklist_view(ctx.db, session->applicant_id, ctx.now, ctx.rules));
    return ok(view);
}

Result<HttpResponse, ApiError> appeal(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto blacklisting_id, id_param(ctx, "blacklisting"));
    NH_ASSIGN(auto statement, string_field(ctx.body, "statement", 1000));
    NH_ASSIGN(auto appeal_id, file_appeal(ctx, session->applicant_id, blacklisting_id, statement));
    ctx.audit_object = "appeal:" + std::to_string(appeal_id);
    NH_ASSIGN(auto view, appeal_view(ctx.db, appeal_id));
    return ok(view, 201);
}

// The desk identifies the applicant by the number on their credential; only applicants who
// have used the platform can have conduct on it.
Result<std::int64_t, ApiError> applicant_by_identifier(RequestContext& ctx) {
    std::string id_type = "citizen_id";
    if (ctx.body.contains("id_type")) {
        NH_ASSIGN(id_type, enum_field(ctx.body, "id_type",
                                      {"citizen_id", "foreign_pr_2017", "credit_code"}));
    }
    NH_ASSIGN(auto number, string_field(ctx.body, "id_number", 18));
    NH_ASSIGN(auto normalised, normalise_identifier(id_type, number, ctx.now));
    NH_ASSIGN(auto stmt, ctx.db.prepare("SELECT id FROM applicants WHERE id_number = ?"));
    stmt.bind(1, normalised);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("applicant", "by id_number"));
    return stmt.int_at(0);
}

// Missed appointments are recorded by the platform itself and false complaints or evaluations
// by their own areas; the desk records what only staff can find.
Result<HttpResponse, ApiError> conduct_record(RequestContext& ctx) {
    NH_ASSIGN(auto applicant_id, applicant_by_identifier(ctx));
    NH_ASSIGN(auto kind, enum_field(ctx.body, "kind",
                                    {"irrelevant_upload", "false_materials", "malicious_attack"}));
    NH_ASSIGN(auto reference, string_field(ctx.body, "reference", 100));
    ctx.audit_applicant = applicant_id;
    NH_ASSIGN(auto id, record_conduct(ctx.db, ctx.now, ctx.rules, applicant_id, kind, reference,
                                      ctx.terminal->id));
    ctx.audit_object = "conduct_record:" + std::to_string(id);
    NH_ASSIGN(auto blacklist, blacklist_view(ctx.db, applicant_id, ctx.now, ctx.rules));
    return ok({{"id", id}, {"kind", kind}, {"reference", reference},
               {"recorded_at", format_iso_instant(ctx.now)}, {"blacklist", blacklist}},
              201);
}

// A rejected appeal must say why: the applicant reads the note at the kiosk.
Result<HttpResponse, ApiError> decision(RequestContext& ctx) {
    NH_ASSIGN(auto appeal_id, id_param(ctx, "appeal"));
    NH_ASSIGN(auto outcome, enum_field(ctx.body, "outcome", {"upheld", "rejected"}));
    NH_ASSIGN(auto note, optional_string_field(ctx.body, "note", 500));
    if (outcome == "rejected" && (!note || note->empty()))
        return fail(invalid_field("note", "is required when the appeal is rejected"));
    ctx.audit_object = "appeal:" + std::to_string(appeal_id);
    NH_TRY(decide_appeal(ctx, appeal_id, outcome, note.value_or("")));
    NH_ASSIGN(auto view, appeal_view(ctx.db, appeal_id));
    return ok(view);
}

}  // namespace

void add_blacklist_routes(Router& router) {
    router.add("GET", "/api/v1/blacklist", Access::session, false, own_blacklist);
    router.add("POST", "/api/v1/blacklist/{id}/appeals", Access::session, true, appeal);
    router.add("POST", "/api/v1/conduct-records", Access::department, true, conduct_record);
    router.add("POST", "/api/v1/appeals/{id}/decision", Access::department, false, decision);
}

}  // namespace nanhai::platform
