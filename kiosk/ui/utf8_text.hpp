// UTF-8 helpers for what the screen can show. This ImGui build has a 16-bit ImWchar, so a
// character outside the Basic Multilingual Plane (rare name characters in CJK Extension B+)
// cannot be drawn: displayable() swaps it for a visible marker instead of a silent '?'.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nanhai::kiosk::ui {

// U+3013 GETA MARK: the conventional placeholder for a character that cannot be typeset.
inline constexpr char32_t kUndisplayableMarker = U'\u3013';

// Decodes UTF-8; a malformed sequence decodes as U+FFFD so that bad input stays visible.
std::vector<char32_t> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t cp);

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
