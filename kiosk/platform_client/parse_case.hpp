// JSON -> case types (case_types.hpp). On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/case_types.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

// The owner's details are read when present (and checked like the public fields).
Result<CaseView, PlatformError> parse_case_view(const nlohmann::json& document);
Result<Page<CaseSummary>, PlatformError> parse_case_page(const nlohmann::json& document);
Result<ReceiptVerification, PlatformError> parse_receipt_verification(const nlohmann::json& document);

}  // namespace nanhai::kiosk
