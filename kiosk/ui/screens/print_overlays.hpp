// The printer's toasts and panels over any screen (see print_overlays.cpp).
#pragma once

#include "kiosk/core/views/print_view.hpp"
#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

// The status line (printing, printed, waiting for staff), drawn inside the screen's window in
// the strip the layout reserved.
void print_status(ScreenFrame& f, const core::PrintView& print, Rect box);
// The modal panel (held, failed, QR only). Widget ids: print.wait, print.use_qr, print.dismiss.
MaybeIntent print_panel(ScreenFrame& f, const core::PrintView& print);

// Height of the status line the layout must reserve for `print` (0 for a modal panel).
float print_status_height(const Ui& ui, const core::PrintView& print);

}  // namespace nanhai::kiosk::ui::screens
