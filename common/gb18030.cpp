// GB18030 through iconv (see gb18030.hpp). A converter is opened per call: the texts are one
// scanned code or one receipt line, and iconv_t is not safe to share between threads.
#include "common/gb18030.hpp"

#include <iconv.h>

#include <vector>

namespace nanhai {
namespace {

std::optional<std::string> convert(const char* to, const char* from, std::string_view in_text,
                                   std::size_t out_factor) {
    iconv_t cd = ::iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::vector<char> in{in_text.begin(), in_text.end()};
    std::string out(in_text.size() * out_factor + 4, '\0');
    char* in_ptr = in.data();
    std::size_t in_left = in.size();
    char* out_ptr = out.data();
    std::size_t out_left = out.size();
    const std::size_t rc = ::iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
    ::iconv_close(cd);
    if (rc == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace

std::optional<std::string> gb18030_to_utf8(std::span<const std::uint8_t> bytes) {
    // A GB18030 character is at most 4 UTF-8 bytes.
    return convert("UTF-8", "GB18030",
                   {reinterpret_cast<const char*>(bytes.data()), bytes.size()}, 4);
}

std::optional<std::string> utf8_to_gb18030(std::string_view utf8) {
    // One UTF-8 byte never grows to more than 4 GB18030 bytes (U+0080.. : 2 UTF-8 bytes, at
    // most 4 GB18030 bytes).
    return convert("GB18030", "UTF-8", utf8, 4);
}

bool gb18030_fits_two_bytes(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 >= text.size()) return false;
        const auto second = static_cast<unsigned char>(text[i + 1]);
        if (second >= 0x30 && second <= 0x39) return false;  // the four-byte form
        i += 2;
    }
    return true;
}

}  // namespace nanhai
