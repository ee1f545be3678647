// Minimal UTF-8 handling for outside text: validation and code-point splitting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nanhai {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view text);
// Splits well-formed UTF-8 into one string per code point (invalid input: one byte each).
std::vector<std::string> split_code_points(std::string_view text);

}  // namespace nanhai
