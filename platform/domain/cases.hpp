// Cases (办件): filing with a unified approval code (art. 11), staff events that move a case
// through the stage machine of case_stages.hpp (art. 12-16), the citizen's view of a case, on-site
// pickup at the kiosk and the signed acceptance receipt (art. 14). Every transition is one
// case_events row; cases.data keeps the latest details of each stage for the views.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

struct Case {
    std::string code;
    std::string item_code;
    std::int64_t applicant_id = 0;
    std::string department_code;
    std::string hall_code;
    Instant filed_at;
    std::string stage;
    std::string status;
    nlohmann::json data = nlohmann::json::object();  // per-stage details (see case_view)
    Instant updated_at;
};

// 422 invalid_approval_code (details.problem says why) for a malformed code, before any lookup.
Result<void, ApiError> check_approval_code(std::string_view code);
// check_approval_code, then 404 not_found for an unknown case.
Result<Case, ApiError> load_case(Database& db, std::string_view code);

// Files a case for the signed-in applicant: 403 applicant_blacklisted, 403
// auth_level_insufficient, 404 for an unknown item or hall. Stage "apply", one event.
Result<Case, ApiError> file_case(RequestContext& ctx, const std::string& item_code,
                                 const std::optional<std::string>& hall_code);

// A staff event: `body` holds {stage, ...stage data}. 409 invalid_stage_transition when the case
// cannot enter that stage now; 422 naming the field for bad stage data.
Result<Case, ApiError> advance_case(RequestContext& ctx, Case c, const nlohmann::json& body);

// The applicant confirms on-site pickup at the kiosk: delivery (on_site) -> delivered.
Result<Case, ApiError> confirm_pickup(RequestContext& ctx, Case c);

// full = the owner asks: timeline and every stage's details. Otherwise only the public fields
// and "restricted": true.
Result<nlohmann::json, ApiError> case_view(Database& db, const Case& c, bool full);

// The applicant's own cases, newest first: {"items": [CaseSummary], page, per_page, total}.
Result<nlohmann::json, ApiError> list_cases(Database& db, std::int64_t applicant_id,
                                            const PageRequest& page);

// {valid, type, fields, case_code, problem}: a receipt (R) or slip (A) checked against the
// platform's receipt key.
nlohmann::json verify_receipt_payload(const PlatformKeys& keys, std::string_view payload);

// Next value of a per-scope counter (e.g. name "case:DEPT", scope the local date), from 1.
Result<std::int64_t, ApiError> next_counter(Database& db, const std::string& name,
                                            const std::string& scope);

}  // namespace nanhai::platform
