// Conduct records and the blacklist (art. 25): more than `rules.blacklist_threshold` records of
// one kind (missed appointments, irrelevant uploads, complaints or evaluations found false), or
// one record of false materials or a malicious attack, blacklists the applicant with a notice
// date and an appeal deadline of `rules.appeal_working_days` working days. An upheld appeal
// removes the blacklisting; a blacklisted applicant cannot book or apply.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

// kind: false_materials | irrelevant_upload | missed_appointment |
//       false_complaint_or_evaluation | malicious_attack
// Adds the record and blacklists the applicant when the rule is met.
Result<void, ApiError> add_conduct_record(RequestContext& ctx, std::int64_t applicant_id,
                                          const std::string& kind, const std::string& reference);

// {"blacklisted": bool, "entries": [{id, kind, reason_zh, reason_en, notice_date,
//   appeal_deadline, appeal_working_days_left, blocked: ["booking", "applying"], appeal: {...}}]}
Result<nlohmann::json, ApiError> blacklist_view(Database& db, std::int64_t applicant_id,
                                                Instant now, const Rules& rules);

// 403 applicant_blacklisted (with the entries in details) when the applicant is blacklisted.
Result<void, ApiError> ensure_not_blacklisted(Database& db, std::int64_t applicant_id, Instant now,
                                              const Rules& rules);

}  // namespace nanhai::platform
