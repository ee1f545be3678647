#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

PlatformError network_error(TransportError transport) {
    PlatformError e;
    e.kind = PlatformErrorKind::network;
    e.transport = std::move(transport);
    return e;
}

PlatformError malformed_response(std::string path, std::string problem) {
    PlatformError e;
    e.kind = PlatformErrorKind::malformed_response;
    e.field = std::move(path);
    e.problem = std::move(problem);
    return e;
}

PlatformError invalid_input(std::string field, std::string problem) {
    PlatformError e;
    e.kind = PlatformErrorKind::invalid_input;
    e.field = std::move(field);
    e.problem = std::move(problem);
    return e;
}

PlatformError refusal(int http_status, std::string code, std::string message_zh,
                      std::string message_en, nlohmann::json details) {
    PlatformError e;
    e.kind = is_session_error_code(code) ? PlatformErrorKind::session_expired
                                         : PlatformErrorKind::platform;
    e.http_status = http_status;
    e.code = std::move(code);
    e.message_zh = std::move(message_zh);
    e.message_en = std::move(message_en);
    e.details = details.is_object() ? std::move(details) : nlohmann::json::object();
    return e;
}

bool is_session_error_code(std::string_view code) {
    return code == "session_expired" || code == "session_required" ||
           code == "session_terminal_mismatch";
}

std::string_view describe(PlatformErrorKind kind) {
    switch (kind) {
        case PlatformErrorKind::network: return "network";
        case PlatformErrorKind::platform: return "platform";
        case PlatformErrorKind::malformed_response: return "malformed_response";
        case PlatformErrorKind::session_expired: return "session_expired";
        case PlatformErrorKind::invalid_input: return "invalid_input";
    }
    return "platform";
}

std::string summary(const PlatformError& error) {
    std::string line{describe(error.kind)};
    if (error.transport) line += " " + std::string{describe(error.transport->kind)};
    if (error.http_status != 0) line += " " + std::to_string(error.http_status);
    if (!error.code.empty()) line += " " + error.code;
    if (!error.field.empty()) line += " " + error.field;
    if (!error.problem.empty()) line += ": " + error.problem;
    return line;
}

}  // namespace nanhai::kiosk
