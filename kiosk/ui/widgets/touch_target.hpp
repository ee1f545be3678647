// The one way a widget becomes tappable: registers the id and rectangle in the frame's
// WidgetRegistry (so scripts can tap it) and runs ImGui's button behaviour on it.
#pragma once

#include <string_view>

#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct TouchState {
    bool pressed = false;  // released over the target this frame: the tap happened
    bool held = false;     // finger down on it: drawn as pressed
};

TouchState touch_target(Ui& ui, std::string_view id, Rect rect, bool enabled = true);

}  // namespace nanhai::kiosk::ui
