// UTF-8 decoding and the non-BMP marker substitution (see utf8_text.hpp).
#include "kiosk/ui/utf8_text.hpp"

#include <algorithm>
#include <cstdio>

namespace nanhai::kiosk::ui {
namespace {

constexpr char32_t kReplacement = U'\uFFFD';

int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 0;
}

// Decodes one sequence at text[i]; returns the code point and advances i. Overlong forms and
// truncated sequences give U+FFFD and advance by one byte, so decoding always makes progress.
char32_t decode_one(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int len = sequence_length(lead);
    if (len == 0 || i + static_cast<std::size_t>(len) > text.size()) {
        ++i;
        return kReplacement;
    }
    if (len == 1) {
        ++i;
        return lead;
    }
    char32_t cp = lead & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto cont = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (cont & 0x3F);
    }
    static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
    i += static_cast<std::size_t>(len);
    if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return kReplacement;
    return cp;
}

}  // namespace

std::vector<char32_t> decode_utf8(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) out.push_back(decode_one(text, i));
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    const auto byte = [&out](char32_t v) { out.push_back(static_cast<char>(v)); };
    if (cp < 0x80) {
        byte(cp);
    } else if (cp < 0x800) {
        byte(0xC0 | (cp >> 6));
        byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        byte(0xE0 | (cp >> 12));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    } else {
        byte(0xF0 | (cp >> 18));
        byte(0x80 | ((cp >> 12) & 0x3F));
        byte(0x80 | ((cp >> 6) & 0x3F));
        byte(0x80 | (cp & 0x3F));
    }
}

std::string displayable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : decode_utf8(text))
        append_utf8(out, is_drawable_codepoint(cp) ? cp : kUndisplayableMarker);
    return out;
}

std::vector<char32_t> undisplayable_chars(std::string_view text) {
    std::vector<char32_t> out;
    for (const char32_t cp : decode_utf8(text)) {
        if (!is_drawable_codepoint(cp) && std::find(out.begin(), out.end(), cp) == out.end())
            out.push_back(cp);
    }
    return out;
}

std::string codepoint_name(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

}  // namespace nanhai::kiosk::ui
