// What does not work now and what to do instead (ViewState::notices: "The printer is out of
// order: receipts are shown as a QR code"), one line each in the strip under the title bar,
// so the citizen knows before starting.
#pragma once

#include <string>
#include <vector>

#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

float notice_strip_height(Ui& ui, const std::vector<std::string>& notices);
// Draws the notices in `box` (the lower part of the reserved strip).
void notice_strip(ScreenFrame& f, const std::vector<std::string>& notices, Rect box);

}  // namespace nanhai::kiosk::ui::screens
