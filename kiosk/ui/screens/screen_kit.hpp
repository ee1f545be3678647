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
#include "kiosk/ui/widgets/row_list.hpp"
#include "kiosk/ui/widgets/text_pages.hpp"

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

// "2026年12月2日 星期三" / "2/12/2026 Wednesday" for a YYYY-MM-DD date (weekday 0: none).
std::string date_text(ScreenFrame& f, const std::string& iso_date, int weekday = 0);
// A detail line translated: "label：value" (core/views/detail_section.hpp explains the parts).
std::string detail_text(ScreenFrame& f, const core::DetailLine& line);
std::vector<TextBlock> text_blocks(ScreenFrame& f, const std::vector<core::DetailSection>& sections);
// "label：value" with the language's colon.
std::string labelled(ScreenFrame& f, std::string_view label_key, const std::string& value);

// Lines one under the other from box.y in `font` (body when null); returns the height used.
float say_lines(ScreenFrame& f, const std::vector<std::string>& lines, Rect box, ImFont* font = nullptr);

// Buttons side by side at the bottom of the content area, right-aligned (the main action
// last, under the right thumb); their height is bottom_row_height().
MaybeIntent bottom_row(ScreenFrame& f, const std::vector<ButtonSpec>& buttons);
float bottom_row_height(const ScreenFrame& f);

// The shape most flow screens share: the title bar, a few lines of explanation, a paged list
// of choices (or a message when there is none) and a row of buttons at the bottom.
struct ListScreen {
    std::string title;
    std::vector<std::string> intro;  // the first line is a title, the rest body text
    RowListView list;
    std::string empty_text;
    std::vector<ButtonSpec> buttons;
};
MaybeIntent list_screen(ScreenFrame& f, const ListScreen& spec);

// Where a keypad screen puts its text and its keypad: the keypad on the right in landscape,
// at the bottom in portrait; `text` is what is left.
struct KeypadLayout {
    Rect text;
    Rect pad;
};
KeypadLayout keypad_layout(ScreenFrame& f);

// Draws the paged sections in `area` and records their texts.
MaybeIntent detail_pages(ScreenFrame& f, const std::string& id, const std::vector<core::DetailSection>& sections,
                         int page, Rect area);

}  // namespace nanhai::kiosk::ui::screens
