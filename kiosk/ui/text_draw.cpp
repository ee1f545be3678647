// Chinese-aware line breaking and text drawing (see text_draw.hpp).
#include "kiosk/ui/text_draw.hpp"

#include <imgui.h>

#include <cfloat>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/utf8_text.hpp"

namespace nanhai::kiosk::ui {
namespace {

bool is_wide(char32_t cp) { return cp >= 0x2E80; }

// Characters that must not begin a line (they cling to the character before them).
bool no_break_before(char32_t cp) {
    static constexpr std::u32string_view kClosing = U"，。、：；！？）》」』”’…,.;:!?)%";
    return kClosing.find(cp) != std::u32string_view::npos;
}

// Characters that must not end a line (they cling to the character after them).
bool no_break_after(char32_t cp) {
    static constexpr std::u32string_view kOpening = U"（《「『“‘(";
    return kOpening.find(cp) != std::u32string_view::npos;
}

// Splits decoded text into unbreakable pieces: a Han character (with its clinging
// punctuation), a Latin word with its trailing spaces, or a newline.
std::vector<std::u32string> break_units(const std::vector<char32_t>& cps) {
    std::vector<std::u32string> units;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t cp = cps[i];
        const bool glue_to_previous =
            !units.empty() && units.back() != U"\n" && cp != U'\n' &&
            (no_break_before(cp) || no_break_after(units.back().back()) ||
             (!is_wide(cp) && cp != U' ' && !is_wide(units.back().back()) &&
              units.back().back() != U' '));
        if (glue_to_previous || (cp == U' ' && !units.empty() && units.back() != U"\n")) {
            units.back().push_back(cp);
        } else {
            units.emplace_back(1, cp);
        }
    }
    return units;
}

std::string to_utf8(const std::u32string& s) {
    std::string out;
    for (const char32_t cp : s) append_utf8(out, cp);
    return out;
}

std::string trim_right(std::string s) {
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

}  // namespace

float text_width(ImFont* font, std::string_view text) {
    if (text.empty()) return 0;
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size())
        .x;
}

std::vector<std::string> wrap_lines(ImFont* font, std::string_view text, float wrap_width) {
    std::vector<std::string> lines;
    std::string line;
    for (const auto& unit : break_units(decode_utf8(displayable(text)))) {
        if (unit == U"\n") {
            lines.push_back(trim_right(std::move(line)));
            line.clear();
            continue;
        }
        std::string piece = to_utf8(unit);
        if (!line.empty() && text_width(font, trim_right(line + piece)) > wrap_width) {
            lines.push_back(trim_right(std::move(line)));
            line.clear();
        }
        line += piece;
    }
    if (!line.empty() || lines.empty()) lines.push_back(trim_right(std::move(line)));
    return lines;
}

float text_height(ImFont* font, std::string_view text, float wrap_width) {
    return static_cast<float>(wrap_lines(font, text, wrap_width).size()) * font->FontSize * 1.25f;
}

float draw_text(ImDrawList* list, ImFont* font, std::string_view text, Rgb colour, Rect box,
                Align align) {
    // 1.25 line height: CJK glyphs fill the em box, so ImGui's default spacing looks cramped.
    const float line_height = font->FontSize * 1.25f;
    float y = box.y;
    for (const auto& line : wrap_lines(font, text, box.w)) {
        const float x = align == Align::center ? box.center_x() - text_width(font, line) / 2
                                               : box.x;
        list->AddText(font, font->FontSize, ImVec2(x, y + font->FontSize * 0.125f), to_u32(colour),
                      line.data(), line.data() + line.size());
        y += line_height;
    }
    return y - box.y;
}

}  // namespace nanhai::kiosk::ui
