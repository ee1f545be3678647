// Evaluations and their contest by the department (evaluations.hpp).
#include "platform/domain/evaluations.hpp"

#include "platform/api/json_fields.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/blacklist.hpp"

namespace nanhai::platform {
namespace {

using json = nlohmann::json;

struct Level {
    const char* zh;
    const char* en;
};
// Guangdong's five-level scale (好差评): 1 is best.
constexpr Level kLevels[] = {{"非常满意", "Very satisfied"},
                             {"满意", "Satisfied"},
                             {"基本满意", "Basically satisfied"},
                             {"不满意", "Unsatisfied"},
                             {"非常不满意", "Very unsatisfied"}};

struct Evaluation {
    std::int64_t id;
    std::string case_code;
    std::int64_t applicant_id;
    json view;
    std::string status;
};

constexpr const char* kColumns =
    "SELECT e.id, e.case_code, e.applicant_id, e.level, e.reasons, e.comment, e.at, e.status, "
    "e.contest_evidence, c.department_code FROM evaluations e JOIN cases c ON c.code = "
    "e.case_code ";

Evaluation read_evaluation(const Statement& s) {
    auto level = static_cast<int>(s.int_at(3));
    auto reasons = json::parse(s.text_at(4), nullptr, false);
    json view{{"id", s.int_at(0)},
              {"case_code", s.text_at(1)},
              {"level", level},
              {"level_zh", kLevels[level - 1].zh},
              {"level_en", kLevels[level - 1].en},
              {"reasons", reasons.is_array() ? reasons : json::array()},
              {"comment", s.text_at(5)},
              {"at", format_iso_instant(Instant{std::chrono::seconds{s.int_at(6)}})},
              {"status", s.text_at(7)},
              {"contest_evidence", s.is_null(8) ? json(nullptr) : json(s.text_at(8))},
              {"department_code", s.text_at(9)}};
    return Evaluation{s.int_at(0), s.text_at(1), s.int_at(2), view, s.text_at(7)};
}

Result<std::optional<Evaluation>, ApiError> first_row(Statement& stmt) {
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return std::optional<Evaluation>{};
    return std::optional<Evaluation>{read_evaluation(stmt)};
}

Result<std::optional<Evaluation>, ApiError> by_id(Database& db, std::int64_t id) {
    NH_ASSIGN(auto stmt, db.prepare(std::string{kColumns} + "WHERE e.id = ?"));
    stmt.bind(1, id);
    return first_row(stmt);
}

Result<std::optional<Evaluation>, ApiError> of_case(Database& db, const std::string& code,
                                                    std::int64_t applicant_id) {
    NH_ASSIGN(auto stmt,
              db.prepare(std::string{kColumns} + "WHERE e.case_code = ? AND e.applicant_id = ?"));
    stmt.bind(1, code).bind(2, applicant_id);
    return first_row(stmt);
}

// Contests are the business of the rated case's department (or a general desk).
Result<Evaluation, ApiError> load_for_desk(const RequestContext& ctx, std::int64_t id) {
    NH_ASSIGN(auto found, by_id(ctx.db, id));
    if (!found) return fail(not_found("evaluation", std::to_string(id)));
    const auto& dept = ctx.terminal->department_code;
    if (dept && *dept != found->view["department_code"].get<std::string>())
        return fail(api_error(ErrorCode::terminal_forbidden,
                              {{"problem", "the case belongs to another department"}}));
    return *found;
}

Result<void, ApiError> set_status(Database& db, std::int64_t id, const std::string& status,
                                  const std::optional<std::string>& evidence) {
    NH_ASSIGN(
        auto stmt,
        db.prepare(
            "UPDATE evaluations SET status = ?, contest_evidence = COALESCE(?, contest_evidence) "
            "WHERE id = ?"));
    stmt.bind(1, status).bind(2, evidence).bind(3, id);
    NH_TRY(stmt.run());
    return {};
}

Result<void, ApiError> insert(RequestContext& ctx, const Case& c, std::int64_t level,
                              const std::vector<std::string>& reasons, const std::string& comment) {
    NH_ASSIGN(auto stmt, ctx.db.prepare("INSERT INTO evaluations (case_code, applicant_id, level, "
                                        "reasons, comment, at, status, "
                                        "terminal_id) VALUES (?,?,?,?,?,?,'valid',?)"));
    stmt.bind(1, c.code).bind(2, c.applicant_id).bind(3, level).bind(4, json(reasons).dump());
    stmt.bind(5, comment).bind(6, static_cast<std::int64_t>(ctx.now.time_since_epoch().count()));
    stmt.bind(7, ctx.terminal->id);
    NH_TRY(stmt.run());
    return {};
}

Result<json, ApiError> reload(Database& db, std::int64_t id) {
    NH_ASSIGN(auto found, by_id(db, id));
    if (!found) return fail(not_found("evaluation", std::to_string(id)));
    return found->view;
}

}  // namespace

Result<nlohmann::json, ApiError> submit_evaluation(RequestContext& ctx, const Case& c,
                                                   const nlohmann::json& body) {
    NH_ASSIGN(auto level, int_field(body, "level", 1, 5));
    NH_ASSIGN(auto reasons, string_array_field(body, "reasons", 10, 200));
    NH_ASSIGN(auto comment, optional_string_field(body, "comment", 500));
    if (!c.data.contains("decision"))
        return fail(api_error(ErrorCode::case_not_evaluable, {{"stage", c.stage}}));
    if (level >= 4 && reasons.empty())
        return fail(api_error(ErrorCode::evaluation_reason_required, {{"level", level}}));
    NH_ASSIGN(auto existing, of_case(ctx.db, c.code, c.applicant_id));
    if (existing) return fail(api_error(ErrorCode::already_evaluated, {{"id", existing->id}}));
    NH_TRY(insert(ctx, c, level, reasons, comment.value_or("")));
    auto id = ctx.db.last_insert_id();
    ctx.audit_object = "evaluation:" + std::to_string(id);
    return reload(ctx.db, id);
}

Result<nlohmann::json, ApiError> evaluation_of_case(Database& db, const Case& c,
                                                    std::int64_t applicant_id) {
    NH_ASSIGN(auto found, of_case(db, c.code, applicant_id));
    if (!found) return fail(not_found("evaluation", c.code));
    return found->view;
}

Result<nlohmann::json, ApiError> contest_evaluation(RequestContext& ctx, std::int64_t id,
                                                    const std::string& evidence) {
    NH_ASSIGN(auto evaluation, load_for_desk(ctx, id));
    if (evaluation.status != "valid")
        return fail(
            api_error(ErrorCode::evaluation_not_contestable, {{"status", evaluation.status}}));
    NH_TRY(set_status(ctx.db, id, "contested", evidence));
    ctx.audit_object = "evaluation:" + std::to_string(id);
    return reload(ctx.db, id);
}

Result<nlohmann::json, ApiError> decide_contest(RequestContext& ctx, std::int64_t id,
                                                bool found_false) {
    NH_ASSIGN(auto evaluation, load_for_desk(ctx, id));
    if (evaluation.status != "contested")
        return fail(
            api_error(ErrorCode::evaluation_not_contestable, {{"status", evaluation.status}}));
    NH_TRY(set_status(ctx.db, id, found_false ? "found_false" : "contest_rejected", std::nullopt));
    if (found_false)
        NH_TRY(add_conduct_record(ctx, evaluation.applicant_id, "false_complaint_or_evaluation",
                                  "evaluation:" + std::to_string(id)));
    ctx.audit_object = "evaluation:" + std::to_string(id);
    return reload(ctx.db, id);
}

}  // namespace nanhai::platform
