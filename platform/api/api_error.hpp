// The one error shape of the API: {"error": {"code", "message_zh", "message_en", "details"}}.
// Every error the platform can answer is an ErrorCode with its HTTP status and messages in one
// table (api_error.cpp), so the OpenAPI file and the kiosk share a closed list of codes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace nanhai::platform {

enum class ErrorCode {
    malformed_json,
    payload_too_large,
    unsupported_media_type,
    validation_failed,
    unknown_route,
    method_not_allowed,
    terminal_unknown,
    terminal_forbidden,
    session_required,
    session_expired,
    session_terminal_mismatch,
    auth_level_insufficient,
    idempotency_key_required,
    idempotency_key_reused,
    invalid_id_number,
    invalid_credit_code,
    invalid_approval_code,
    identity_token_invalid,
    identity_token_expired,
    identity_token_replayed,
    id_card_expired,
    not_found,
    item_not_served_at_hall,
    not_a_working_day,
    hall_closed,
    calendar_not_available,
    slot_full,
    slot_in_past,
    duplicate_booking,
    cancel_cutoff_passed,
    appointment_not_active,
    check_in_wrong_hall,
    check_in_too_early,
    check_in_too_late,
    applicant_blacklisted,
    evaluation_reason_required,
    already_evaluated,
    case_not_evaluable,
    evaluation_not_contestable,
    invalid_stage_transition,
    not_blacklisted,
    appeal_deadline_passed,
    appeal_already_pending,
    appeal_already_decided,
    test_clock_disabled,
    internal_error,
};

struct ApiError {
    ErrorCode code;
    nlohmann::json details = nlohmann::json::object();

    int http_status() const;
    std::string_view code_name() const;
    nlohmann::json to_json() const;
};

inline ApiError api_error(ErrorCode code, nlohmann::json details = nlohmann::json::object()) {
    return ApiError{code, std::move(details)};
}
// 422 validation_failed naming the field and what is wrong with it.
ApiError invalid_field(std::string_view field, std::string_view problem);
// 404 not_found naming the resource kind and its id.
ApiError not_found(std::string_view resource, std::string_view id);

// For tests and documentation: every code with its status.
struct ErrorInfo {
    ErrorCode code;
    int status;
    std::string_view name;
    std::string_view message_zh;
    std::string_view message_en;
};
const std::vector<ErrorInfo>& all_error_codes();

}  // namespace nanhai::platform
