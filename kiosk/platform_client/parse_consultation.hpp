// JSON -> consultation types. On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/consultation_types.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

Result<Consultation, PlatformError> parse_consultation(const nlohmann::json& document);
Result<Page<Consultation>, PlatformError> parse_consultation_page(const nlohmann::json& document);

}  // namespace nanhai::kiosk
