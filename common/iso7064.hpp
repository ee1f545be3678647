// ISO 7064 MOD 11-2, the check character of GB 11643 ID numbers and of our approval codes.
#pragma once

#include <optional>
#include <string_view>

namespace nanhai {

// Check character ('0'-'9' or 'X') for a string of decimal digits; nullopt for any non-digit.
// The weight of the digit i places left of the check character is 2^i mod 11, which gives
// GB 11643's table 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 for 17 digits.
std::optional<char> mod11_2_check_character(std::string_view digits);

}  // namespace nanhai
