// JSON -> system types (health, public keys). On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "common/result.hpp"
#include "kiosk/platform_client/platform_error.hpp"
#include "kiosk/platform_client/system_types.hpp"

namespace nanhai::kiosk {

Result<Health, PlatformError> parse_health(const nlohmann::json& document);
// Every key must be Ed25519 with a 32-byte base64url public key.
Result<std::vector<PublicKey>, PlatformError> parse_public_keys(const nlohmann::json& document);

}  // namespace nanhai::kiosk
