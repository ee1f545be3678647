// GB18030, the national character set, both ways through glibc's iconv: scanners send it
// (older slips), printers print its two-byte range (protocols.md §3-4). GB18030 covers all of
// Unicode; a character is one byte (ASCII), two bytes (the GBK range every Chinese printer
// font has) or four bytes (rare name characters, CJK extensions), which most printers cannot
// print in text mode.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nanhai {

// Whole well-formed GB18030 text as UTF-8; nullopt when the bytes are not GB18030.
std::optional<std::string> gb18030_to_utf8(std::span<const std::uint8_t> bytes);
// Well-formed UTF-8 as GB18030 bytes; nullopt for malformed UTF-8.
std::optional<std::string> utf8_to_gb18030(std::string_view utf8);
// True when every character of the GB18030 bytes is one or two bytes long.
bool gb18030_fits_two_bytes(std::string_view gb18030);

}  // namespace nanhai
