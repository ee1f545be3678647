// UTF-8 helpers for what the screen can show. This ImGui build has a 16-bit ImWchar, so a
// character outside the Basic Multilingual Plane (rare name characters in CJK Extension B+)
// cannot be drawn: displayable() swaps it for a visible marker instead of a silent '?'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.hpp"

namespace nanhai::kiosk::ui {

// U+3013 GETA MARK: the conventional placeholder for a character that cannot be typeset.
inline constexpr char32_t kUndisplayableMarker = U'\u3013';

// The codec itself is common/utf8.hpp's.
using nanhai::append_utf8;
using nanhai::decode_utf8;

// Characters this build can draw: the BMP minus surrogates.
inline bool is_drawable_codepoint(char32_t cp) {
    return cp <= 0xFFFF && (cp < 0xD800 || cp > 0xDFFF);
}

// `text` with every non-drawable character replaced by kUndisplayableMarker.
std::string displayable(std::string_view text);
// The non-drawable characters of `text`, in order of appearance, without duplicates.
std::vector<char32_t> undisplayable_chars(std::string_view text);

// "U+20BB7" for reports and test messages.
std::string codepoint_name(char32_t cp);

}  // namespace nanhai::kiosk::ui
