// JSON -> session and blacklist types (the session carries the blacklist status). On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/json_reader.hpp"
#include "kiosk/platform_client/platform_error.hpp"
#include "kiosk/platform_client/session_types.hpp"

namespace nanhai::kiosk {

Result<SessionInfo, PlatformError> parse_session(const nlohmann::json& document);
Result<BlacklistStatus, PlatformError> parse_blacklist_status(const nlohmann::json& document);
Result<Appeal, PlatformError> parse_appeal(const nlohmann::json& document);
BlacklistStatus read_blacklist_status(JsonReader& reader);
BlacklistEntry read_blacklist_entry(JsonReader& reader);
Appeal read_appeal(JsonReader& reader);

}  // namespace nanhai::kiosk
