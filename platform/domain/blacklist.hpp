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
// Adds the record and blacklists the applicant when the rule is met. The record names the
// request's terminal as its recorder.
Result<void, ApiError> add_conduct_record(RequestContext& ctx, std::int64_t applicant_id,
                                          const std::string& kind, const std::string& reference);

// The same without a request: `recorded_by` is a terminal id, or "platform" for records the
// platform makes itself (no-show sweep, seeds). Returns the record id.
Result<std::int64_t, ApiError> record_conduct(Database& db, Instant now, const Rules& rules,
                                              std::int64_t applicant_id, const std::string& kind,
                                              const std::string& reference,
                                              const std::string& recorded_by);

// {"blacklisted": bool, "entries": [{id, kind, reason_zh, reason_en, record_count, notice_date,
//   appeal_deadline, appeal_working_days_left, can_appeal, blocked: ["booking", "applying"],
//   appeal: {...} | null}]}
Result<nlohmann::json, ApiError> blacklist_view(Database& db, std::int64_t applicant_id,
                                                Instant now, const Rules& rules);

// 403 applicant_blacklisted (with the entries in details) when the applicant is blacklisted.
Result<void, ApiError> ensure_not_blacklisted(Database& db, std::int64_t applicant_id, Instant now,
                                              const Rules& rules);

// An appeal as the API shows it: {id, blacklisting_id, status, statement, filed_at, decided_at,
// decision_note}. 404 when it does not exist.
Result<nlohmann::json, ApiError> appeal_view(Database& db, std::int64_t appeal_id);

// Files an appeal against the applicant's own active blacklisting (404 for anyone else's):
// 409 not_blacklisted, appeal_deadline_passed, appeal_already_pending. Returns the appeal id.
Result<std::int64_t, ApiError> file_appeal(RequestContext& ctx, std::int64_t applicant_id,
                                           std::int64_t blacklisting_id,
                                           const std::string& statement);

// outcome: upheld (the blacklisting is removed and its kind's records cleared) | rejected.
// 409 appeal_already_decided for an appeal that is not pending.
Result<void, ApiError> decide_appeal(RequestContext& ctx, std::int64_t appeal_id,
                                     const std::string& outcome, const std::string& note);

// "请按时签到…失约超过三次…" / "… more than three missed appointments …": the warning printed on
// every appointment slip, with the configured threshold.
std::string missed_appointment_warning_zh(const Rules& rules);
std::string missed_appointment_warning_en(const Rules& rules);

}  // namespace nanhai::platform
