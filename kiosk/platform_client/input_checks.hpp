// Local checks of what the applicant typed or scanned, before any network call: a failure is
// invalid_input naming the argument, answered at once and never sent to the platform. The
// limits are the platform's own (platform/api/json_fields.cpp, the domain files).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

// A well-formed Nanhai approval code (format and ISO 7064 check character), as the platform
// stores it; `approval_code_error` is set on failure.
Result<std::string, PlatformError> checked_approval_code(std::string_view text,
                                                         std::string field = "approval_code");

// Non-empty UTF-8 of at most `max_chars` code points, without control characters other than
// line feeds.
Result<void, PlatformError> check_text(std::string_view field, std::string_view text,
                                       std::size_t max_chars);

// page at least 1, per_page 1 to 100.
Result<void, PlatformError> check_page(const PageQuery& page);

// A mainland mobile number (1[3-9] and 9 more digits) or a landline with its area code
// (0757-86xxxxxx).
Result<void, PlatformError> check_phone(std::string_view field, std::string_view phone);

// A consultation ticket: ZX or TS, the filing date YYYYMMDD and 4 digits.
Result<void, PlatformError> check_ticket(std::string_view ticket);

}  // namespace nanhai::kiosk
