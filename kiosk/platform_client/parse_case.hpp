// JSON -> CaseView. On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/case_types.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

Result<CaseView, PlatformError> parse_case_view(const nlohmann::json& document);

}  // namespace nanhai::kiosk
