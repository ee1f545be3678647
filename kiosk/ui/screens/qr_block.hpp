// A QR code with its caption under it, for slips and tickets shown on screen.
#pragma once

#include <string>

#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

// Draws the code for `payload` in a square of `side` at (x, y) with `caption` under it;
// returns the height used.
float qr_block(ScreenFrame& f, const std::string& payload, const std::string& caption, float x, float y, float side);

}  // namespace nanhai::kiosk::ui::screens
