// The one place where libcurl's CURLcode becomes a TransportErrorKind (style.md: OS/backend
// codes are translated once per backend; anything unexpected is logged with its raw code).
#pragma once

#include <string_view>

#include "kiosk/platform_client/transport_error.hpp"

namespace nanhai::kiosk {

// `code` is a CURLcode other than CURLE_OK; `message` is curl's error buffer (may be empty).
// Codes outside the expected set map to `other` and are logged as
// "platform_client.transport_unexpected_code".
TransportError map_curl_error(int code, std::string_view message);

}  // namespace nanhai::kiosk
