// A one-line text field for the few places a citizen may type words (searching the service
// guides): whatever the system's text input delivers (a hardware keyboard, an input method,
// the compositor's on-screen keyboard) goes in through ImGui. The text itself is held by the
// core: the field shows the view's text and reports edits.
#pragma once

#include <optional>
#include <string>

#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct TextFieldView {
    std::string id;           // registered for taps (a tap focuses the field)
    std::string text;         // what the core holds
    std::string placeholder;  // shown while empty and not focused
};

struct TextFieldResult {
    std::optional<std::string> edited;  // the new text, when it changed this frame
    bool submitted = false;             // Enter pressed
};

TextFieldResult text_field(Ui& ui, const TextFieldView& view, Rect rect);

}  // namespace nanhai::kiosk::ui
