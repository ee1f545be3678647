// The receipts a citizen asked for, between "print" and the paper in their hand. A job counts
// as printed only when the printer says so (PrintJobFinished). When it is held (paper out,
// cover open) the citizen is told at once: the receipt is kept and will print when staff have
// fixed the printer, and the same content is offered as a QR code on screen. Jobs still held
// when the session ends are cancelled: the next citizen must not receive someone else's
// receipt (the QR was offered instead).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "hal/device_events.hpp"
#include "hal/receipt_printer.hpp"
#include "kiosk/core/service_availability.hpp"
#include "kiosk/core/views/print_view.hpp"

namespace nanhai::kiosk::core {

class PrintDesk {
public:
    // `printer` may be null: a kiosk without one offers the QR code instead.
    explicit PrintDesk(hal::ReceiptPrinter* printer) : printer_{printer} {}

    // Submits the receipt; `qr_payload` is what the on-screen fallback shows. A printer known to
    // be out of order (not merely out of paper: that job waits for staff) is not tried: the QR
    // is shown at once.
    void print(hal::ReceiptDocument document, std::string qr_payload);
    void set_printer_state(ComponentState state) { printer_state_ = state; }
    // A device event; true when it concerned a job of ours.
    bool on_event(const hal::DeviceEvent& event);

    // Intents of the print panels.
    void keep_waiting();    // print.wait: close the panel, the job stays queued
    void use_qr_instead();  // print.use_qr: cancel the job, show only the QR
    void dismiss();         // print.dismiss (and any later step): closes a notice or QR panel

    bool modal() const { return view_ && view_->modal; }
    std::optional<PrintView> view() const { return view_; }
    // Session end: cancels held or queued jobs and forgets everything.
    void end_session();
    bool holds_personal_data() const { return view_.has_value() || !jobs_.empty(); }

private:
    struct Job {
        hal::JobId id;
        std::string kind;
        std::string qr_payload;
    };
    Job* find(hal::JobId id);
    void on_finished(hal::JobId id);
    void on_held(hal::JobId id, const hal::DeviceError& error);
    void on_failed(const hal::PrintJobFailed& failed);
    void show(std::string state, const Job& job, std::string problem, bool modal);

    hal::ReceiptPrinter* printer_;
    ComponentState printer_state_;
    std::vector<Job> jobs_;  // submitted, not yet printed
    std::optional<PrintView> view_;
};

// "paper_out", "cover_open" ...: the problem's name in PrintView.problem.
std::string problem_name(const hal::DeviceError& error);

}  // namespace nanhai::kiosk::core
