// Wrapped, aligned text drawn straight into a draw list. Every text on screen goes through
// here, which is where displayable() swaps characters this ImGui cannot draw for the marker.
// Line breaking knows Chinese: a break may fall between any two Han characters, but never
// before closing punctuation (，。？) nor after an opening one (“（).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ui/contrast.hpp"
#include "kiosk/ui/layout.hpp"

struct ImFont;
struct ImDrawList;

namespace nanhai::kiosk::ui {

enum class Align { left, center };

// `text` split into lines no wider than `wrap_width` at `font`'s size (explicit '\n' kept).
std::vector<std::string> wrap_lines(ImFont* font, std::string_view text, float wrap_width);

float text_width(ImFont* font, std::string_view text);
// Height of `text` wrapped to `wrap_width`.
float text_height(ImFont* font, std::string_view text, float wrap_width);

// Draws `text` wrapped to box.w, starting at box.y; returns the height used. Text that does
// not fit box.h is still drawn (a clipped sentence is worse than an overlap found in review).
float draw_text(ImDrawList* list, ImFont* font, std::string_view text, Rgb colour, Rect box,
                Align align = Align::left);

}  // namespace nanhai::kiosk::ui
