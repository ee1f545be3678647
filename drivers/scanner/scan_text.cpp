// Scanned bytes as text (see scan_text.hpp).
#include "drivers/scanner/scan_text.hpp"

#include <cctype>

#include "common/gb18030.hpp"
#include "common/utf8.hpp"

namespace nanhai::drivers::scanner {

std::optional<std::string> decode_scan_text(std::span<const std::uint8_t> bytes) {
    const std::string_view raw{reinterpret_cast<const char*>(bytes.data()), bytes.size()};
    if (is_valid_utf8(raw)) return std::string{raw};
    return gb18030_to_utf8(bytes);
}

AimSplit split_aim_prefix(std::string_view text) {
    if (text.size() >= 3 && text[0] == ']' && std::isalpha(static_cast<unsigned char>(text[1])) &&
        std::isalnum(static_cast<unsigned char>(text[2])))
        return {std::string{text.substr(0, 3)}, text.substr(3)};
    return {{}, text};
}

}  // namespace nanhai::drivers::scanner
