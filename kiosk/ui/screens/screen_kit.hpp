// What every screen function gets for one frame, and the small helpers they share: texts are
// drawn *and* recorded (headless scripts `expect text` against what was really drawn), button
// labels are recorded as the buttons are made, and platform texts are picked by language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/view_state.hpp"
#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui::screens {

struct ScreenFrame {
    Ui& ui;
    const core::ViewState& view;
    std::vector<std::string>& texts;  // every text drawn this frame, in drawing order
    float elapsed_seconds = 0;        // the core clock's seconds: drives the busy spinner
};

// Records `text` as drawn this frame (for widgets that draw it themselves).
void note(ScreenFrame& f, std::string text);

// Draws wrapped text into `box` and records it; returns the height used.
float say(ScreenFrame& f, ImFont* font, const std::string& text, Rgb colour, Rect box,
          Align align = Align::left);

// A button whose label (and hint) are recorded as drawn.
ButtonSpec button(ScreenFrame& f, std::string id, std::string label, std::string hint = {},
                  ButtonStyle style = ButtonStyle::primary, std::string value = {});

// The title bar for a screen: back/home shown unless this is a menu.
MaybeIntent screen_title(ScreenFrame& f, const std::string& title, bool show_back);

// The menu entries as a grid of big buttons over `area` (home and signed_in).
MaybeIntent menu_grid(ScreenFrame& f, const std::vector<core::MenuEntry>& entries, Rect area);

// The platform's own text in the view's language (falls back to the other one when empty).
const std::string& pick(const core::ViewState& view, const std::string& zh, const std::string& en);

// A translated text with `{name}` placeholders filled.
std::string tr(ScreenFrame& f, std::string_view key, std::initializer_list<TextArg> args = {});

}  // namespace nanhai::kiosk::ui::screens
