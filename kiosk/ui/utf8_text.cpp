// UTF-8 decoding and the non-BMP marker substitution (see utf8_text.hpp).
#include "kiosk/ui/utf8_text.hpp"

#include <algorithm>
#include <cstdio>

namespace nanhai::kiosk::ui {

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
