#include "common/card_validity.hpp"

namespace nanhai {

std::optional<bool> validity_ended(std::string_view valid_to, Date today) {
    if (valid_to == kNoExpiry) return false;
    const auto date = parse_iso_date(valid_to);
    if (!date) return std::nullopt;
    return std::chrono::sys_days{*date} < std::chrono::sys_days{today};
}

}  // namespace nanhai
