// The inactivity countdown: "还要继续吗？" with the seconds left, as a modal banner over the
// current screen. When it runs out the core ends the session and wipes personal data.
#pragma once

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct CountdownView {
    int seconds_left = 0;
};

// Draw after the screen. Widget ids: countdown.continue, countdown.finish. Everything drawn
// before it is disabled for this frame (see OverlayWindow).
MaybeIntent countdown_banner(Ui& ui, const CountdownView& view);

}  // namespace nanhai::kiosk::ui
