// One logical call to the platform, before headers and retries are added.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "kiosk/platform_client/http_transport.hpp"

namespace nanhai::kiosk {

struct ApiRequest {
    HttpMethod method = HttpMethod::get;
    std::string path;  // "/api/v1/..." with an encoded query string when there is one
    std::optional<nlohmann::json> body;
    std::optional<std::string> idempotency_key;  // same value on every retry
    std::string operation;  // stable name for logs ("sessions.sign_in"); paths may carry codes
};

}  // namespace nanhai::kiosk
