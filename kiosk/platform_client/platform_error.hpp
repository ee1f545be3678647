// Every way a platform call can fail, as one value: the app decides what to show from `kind`
// (and `code` for platform refusals) and never sees an exception or a raw HTTP exchange.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/approval_code.hpp"
#include "kiosk/platform_client/transport_error.hpp"

namespace nanhai::kiosk {

enum class PlatformErrorKind {
    network,             // no answer: see `transport`
    platform,            // the platform refused: `http_status`, `code`, messages, `details`
    malformed_response,  // an answer that is not the contract (bad JSON, missing field, wrong type)
    session_expired,     // session_expired / session_required / session_terminal_mismatch:
                         // the client has already forgotten the token; end the session
    invalid_input,       // refused locally before any network call: `field`, `problem`
};

struct PlatformError {
    PlatformErrorKind kind = PlatformErrorKind::platform;
    std::optional<TransportError> transport;  // network only

    int http_status = 0;       // platform and session_expired
    std::string code;          // the platform's error code ("slot_full"); empty when the body
                               // was not the error shape (e.g. a proxy's 502 page)
    std::string message_zh;    // the platform's texts, fit to show a citizen
    std::string message_en;
    nlohmann::json details = nlohmann::json::object();

    std::string field;    // invalid_input: which argument; malformed_response: which JSON path
    std::string problem;  // invalid_input / malformed_response: what is wrong (for logs)
    std::optional<ApprovalCodeError> approval_code_error;  // invalid_input on an approval code
};

PlatformError network_error(TransportError transport);
PlatformError malformed_response(std::string path, std::string problem);
PlatformError invalid_input(std::string field, std::string problem);
// From a non-2xx answer in the error shape; session codes become session_expired.
PlatformError refusal(int http_status, std::string code, std::string message_zh,
                      std::string message_en, nlohmann::json details);

bool is_session_error_code(std::string_view code);
std::string_view describe(PlatformErrorKind kind);
// One line for logs: kind plus code / transport kind / path. No personal data.
std::string summary(const PlatformError& error);

}  // namespace nanhai::kiosk
