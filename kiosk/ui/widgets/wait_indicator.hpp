// "Please wait" with a spinner. The spinner's angle comes from the caller's clock (the core's
// injected time), not from ImGui's, so a headless frame is reproducible.
#pragma once

#include <string>

#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

// Draws the message (already translated) under a spinner centred in `area`. Not interactive.
void wait_indicator(Ui& ui, const std::string& message, float elapsed_seconds, Rect area);

}  // namespace nanhai::kiosk::ui
