// Whether an identity card's validity has ended: its "valid to" date (YYYY-MM-DD, or 长期 for
// cards that never expire) against today's date in China. One rule for the kiosk's sign-in,
// kiosk-diag and the readiness report.
#pragma once

#include <optional>
#include <string_view>

#include "common/civil_date.hpp"

namespace nanhai {

inline constexpr std::string_view kNoExpiry = "长期";

// true: valid to a day before `today`; nullopt: `valid_to` is neither a date nor 长期.
std::optional<bool> validity_ended(std::string_view valid_to, Date today);

}  // namespace nanhai
