// JSON -> Evaluation. On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/evaluation_types.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

Result<Evaluation, PlatformError> parse_evaluation(const nlohmann::json& document);

}  // namespace nanhai::kiosk
