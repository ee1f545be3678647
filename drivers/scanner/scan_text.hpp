// A scanned code's bytes as text (protocols.md §3): UTF-8 when they are valid UTF-8, else
// GB18030 (Chinese scanners and older slips), else nothing; and the AIM symbology prefix
// ("]Q1") that serial and keyboard scanners put before the data.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace nanhai::drivers::scanner {

std::optional<std::string> decode_scan_text(std::span<const std::uint8_t> bytes);

struct AimSplit {
    std::string symbology;  // "]Q1", or "" when there is no prefix
    std::string_view rest;
};
AimSplit split_aim_prefix(std::string_view text);

}  // namespace nanhai::drivers::scanner
