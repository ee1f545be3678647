// What the receipt printer is doing for the citizen: a banner while printing and after, and a
// modal panel when a receipt cannot come out (paper out, cover open, printer not available)
// that says the receipt is kept and offers the same content as a QR code on screen.
#pragma once

#include <string>

namespace nanhai::kiosk::core {

struct PrintView {
    // printing | printed | held (modal) | waiting_for_staff | failed (modal) | qr_only (modal)
    std::string state;
    std::string kind;     // the receipt: appointment_slip, queue_ticket ...
    std::string problem;  // held / failed: paper_out, cover_open, printer_offline, not_connected ...
    std::string qr_payload;  // the receipt's QR, shown on the modal panels
    bool modal = false;
    // failed after it was queued (hal::PrintJobFailed): "show_qr" (it will not print, the QR
    // instead) or "ask_staff" (it may have come out in part); "" when refused at once.
    std::string recourse;
};

}  // namespace nanhai::kiosk::core
