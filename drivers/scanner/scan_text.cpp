// Scanned bytes as text (see scan_text.hpp). GB18030 goes through glibc's iconv.
#include "drivers/scanner/scan_text.hpp"

#include <iconv.h>

#include <cctype>
#include <vector>

#include "common/utf8.hpp"

namespace nanhai::drivers::scanner {
namespace {

std::optional<std::string> gb18030_to_utf8(std::span<const std::uint8_t> bytes) {
    iconv_t cd = ::iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::vector<char> in{bytes.begin(), bytes.end()};
    std::string out(bytes.size() * 4 + 4, '\0');  // a GB18030 character is at most 4 UTF-8 bytes
    char* in_ptr = in.data();
    std::size_t in_left = in.size();
    char* out_ptr = out.data();
    std::size_t out_left = out.size();
    const std::size_t rc = ::iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
    ::iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;  // not GB18030
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace

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
