// Service evaluations (art. 17, 好差评): the applicant rates a decided case on five levels; an
// unsatisfied rating (4 or 5) needs at least one reason. The department may contest a rating
// with evidence; a rating found false adds a conduct record (art. 25).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "platform/api/request_context.hpp"
#include "platform/domain/cases.hpp"

namespace nanhai::platform {

// body {level 1..5, reasons [..], comment}. The caller has checked that the session owns `c`.
// 409 case_not_evaluable before a decision, 422 evaluation_reason_required, 409 already_evaluated.
Result<nlohmann::json, ApiError> submit_evaluation(RequestContext& ctx, const Case& c,
                                                   const nlohmann::json& body);
// The applicant's evaluation of the case; 404 when there is none.
Result<nlohmann::json, ApiError> evaluation_of_case(Database& db, const Case& c,
                                                    std::int64_t applicant_id);
// Department: valid -> contested (409 evaluation_not_contestable otherwise).
Result<nlohmann::json, ApiError> contest_evaluation(RequestContext& ctx, std::int64_t id,
                                                    const std::string& evidence);
// Department: contested -> found_false (conduct record) or contest_rejected.
Result<nlohmann::json, ApiError> decide_contest(RequestContext& ctx, std::int64_t id,
                                                bool found_false);

}  // namespace nanhai::platform
