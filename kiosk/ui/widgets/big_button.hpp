// Big touch buttons: a label, an optional hint line under it, and a style that never relies on
// colour alone (selected buttons also get a thick border). Hover is not drawn: on a touch
// screen the pointer stays where the last finger was.
#pragma once

#include <span>
#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

enum class ButtonStyle { primary, secondary, selected, disabled };

// Label size: button text; title size for the few large choices of a screen (home); digits
// for keypad keys (the display font holds ASCII only).
enum class LabelFont { button, title, digits };

struct ButtonSpec {
    std::string id;      // stable widget id, e.g. "home.book"
    std::string label;   // already translated
    std::string hint;    // optional second line, already translated
    ButtonStyle style = ButtonStyle::primary;
    std::string value;   // the intent's value when pressed
    LabelFont label_font = LabelFont::button;
};

MaybeIntent big_button(Ui& ui, const ButtonSpec& spec, Rect rect);

// `buttons` in a grid of `columns` over `area`, rows sharing the height (at least
// `min_row_height`, theme.metrics.big_button when 0).
MaybeIntent button_grid(Ui& ui, std::span<const ButtonSpec> buttons, Rect area, int columns,
                        float min_row_height = 0);

// Height a button needs for its label and hint at `width`.
float button_content_height(Ui& ui, const ButtonSpec& spec, float width);

}  // namespace nanhai::kiosk::ui
