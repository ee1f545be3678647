// Minimal UTF-8 handling for outside text: validation, code-point splitting, decoding to code
// points and encoding them back.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nanhai {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF).
bool is_valid_utf8(std::string_view text);
// Splits well-formed UTF-8 into one string per code point (invalid input: one byte each).
std::vector<std::string> split_code_points(std::string_view text);
// Decodes UTF-8; a malformed sequence decodes as U+FFFD so that bad input stays visible.
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t cp);

}  // namespace nanhai
