#include "kiosk/platform_client/response_decoder.hpp"

namespace nanhai::kiosk {
namespace {

bool is_success(int status) { return status >= 200 && status < 300; }

std::string string_or_empty(const nlohmann::json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

PlatformError error_from_body(int status, const nlohmann::json& body) {
    const auto* shape = body.is_object() && body.contains("error") ? &body["error"] : nullptr;
    if (shape == nullptr || !shape->is_object() || string_or_empty(*shape, "code").empty()) {
        auto e = refusal(status, "", "", "", nlohmann::json::object());
        e.problem = "HTTP " + std::to_string(status) + " without the error shape";
        return e;
    }
    auto details = shape->contains("details") ? (*shape)["details"] : nlohmann::json::object();
    return refusal(status, string_or_empty(*shape, "code"), string_or_empty(*shape, "message_zh"),
                   string_or_empty(*shape, "message_en"), std::move(details));
}

}  // namespace

Result<nlohmann::json, PlatformError> decode_response(const RawResponse& response) {
    if (is_success(response.status) && response.body.empty()) return nlohmann::json::object();
    // No exceptions: a parse failure gives a "discarded" value.
    auto body = nlohmann::json::parse(response.body, nullptr, false);
    if (is_success(response.status)) {
        if (body.is_discarded()) return fail(malformed_response("body", "is not JSON"));
        return body;
    }
    return fail(error_from_body(response.status, body));
}

}  // namespace nanhai::kiosk
