// Turns a raw HTTP answer into the JSON document of a success, or into a PlatformError from
// the platform's one error shape {"error": {"code", "message_zh", "message_en", "details"}}.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/http_transport.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

// 2xx: the parsed body (an empty body is an empty object); malformed_response when it is not
// JSON. Otherwise: a refusal (platform or session_expired) carrying the status and the error
// shape's fields; a body that is not the error shape still gives a platform error with the
// status and an empty code (a proxy's HTML 502 page, for example).
Result<nlohmann::json, PlatformError> decode_response(const RawResponse& response);

}  // namespace nanhai::kiosk
