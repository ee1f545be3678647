// kiosk-diag printer: connect to a receipt printer, show its status and self-test, and print
// the test page when asked, through the same ESC/POS driver the kiosk runs.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string>

#include "kiosk/devices/device_factory.hpp"
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/receipt/test_page.hpp"
#include "drivers/transport/usb_printer_class.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

using Clock = std::chrono::steady_clock;

struct PrinterArgs {
    PrinterConfig config;
    bool test_page = false;
    int wait_seconds = 10;
};

bool parse(const std::vector<std::string>& args, PrinterArgs& out, std::string& error) {
    out.config.driver = "escpos";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--uri" && has_value) out.config.uri = args[++i];
        else if (a == "--width" && has_value) out.config.paper_width_mm = std::atoi(args[++i].c_str());
        else if (a == "--strategy" && has_value) out.config.strategy = args[++i];
        else if (a == "--qr" && has_value) out.config.qr = args[++i];
        else if (a == "--confirmation" && has_value) out.config.confirmation = args[++i];
        else if (a == "--wait" && has_value) out.wait_seconds = std::atoi(args[++i].c_str());
        else if (a == "--test-page") out.test_page = true;
        else return error = "unknown or incomplete argument '" + a + "'", false;
    }
    if (out.config.uri.empty()) return error = "--uri is required", false;
    if (out.wait_seconds < 1 || out.wait_seconds > 600) return error = "--wait: 1 to 600 seconds", false;
    return true;
}

// What the driver says, kept for the command's thread to wait on.
class Events {
public:
    hal::EventSink sink() {
        return [this](hal::DeviceEvent event) {
            std::lock_guard lock{mutex_};
            if (auto* c = std::get_if<hal::DeviceConnectionChanged>(&event)) connected_ = c->connected;
            if (auto* f = std::get_if<hal::PrintJobFinished>(&event)) finished_ = f->job;
            if (auto* h = std::get_if<hal::PrintJobHeld>(&event)) held_ = *h;
            if (auto* f = std::get_if<hal::PrintJobFailed>(&event)) failed_ = *f;
            changed_.notify_all();
        };
    }
    template <class Predicate>
    bool wait(Clock::time_point until, Predicate predicate) {
        std::unique_lock lock{mutex_};
        return changed_.wait_until(lock, until, [&] { return predicate(); });
    }
    std::optional<bool> connected_;
    std::optional<hal::JobId> finished_;
    std::optional<hal::PrintJobHeld> held_;
    std::optional<hal::PrintJobFailed> failed_;

private:
    std::mutex mutex_;
    std::condition_variable changed_;
};

const char* paper_name(hal::PaperLevel paper) {
    switch (paper) {
        case hal::PaperLevel::ok: return "loaded";
        case hal::PaperLevel::low: return "near end";
        case hal::PaperLevel::out: return "out";
    }
    return "?";
}

void print_status(const hal::PrinterStatus& s) {
    std::printf("paper    %s\n", paper_name(s.paper));
    std::printf("cover    %s\n", s.cover_open ? "open" : "closed");
    std::printf("cutter   %s\n", s.cutter_error ? "error" : "ok");
    std::printf("online   %s\n", s.offline ? "no" : "yes");
}

// Which way this printer's jobs are confirmed, and whether the probe chose it.
void print_confirmation(const drivers::escpos::EscposPrinter& printer, drivers::escpos::Confirmation configured) {
    using drivers::escpos::Confirmation;
    const auto used = printer.confirmation_in_use();
    const char* how = !used ? "not known yet (the printer had a fault when it connected)"
                      : *used == Confirmation::transmit_status ? "GS r 1 (the printer answers after printing)"
                                                               : "status polling after the job drained (no GS r)";
    std::printf("confirm  %s%s\n", how, configured == Confirmation::automatic && used ? ", probed" : ", configured");
}

int print_test_page(drivers::escpos::EscposPrinter& printer, Events& events, Clock::time_point until) {
    const auto begin = Clock::now();
    auto job = printer.submit(drivers::make_test_page(printer.info()));
    if (!job) return std::printf("test page: %s\n", job.error().detail.c_str()), kProtocolError;
    events.wait(until, [&] {
        return events.finished_ == *job || (events.held_ && events.held_->job == *job) || (events.failed_ && events.failed_->job == *job);
    });
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - begin).count();
    if (events.finished_ == *job) return std::printf("test page printed in %lld ms\n", static_cast<long long>(took)), kSuccess;
    if (events.failed_ && events.failed_->job == *job)
        return std::printf("test page failed: %s (%s)\n", std::string{hal::to_string(events.failed_->error.kind)}.c_str(),
                           events.failed_->error.detail.c_str()),
               kProtocolError;
    if (events.held_ && events.held_->job == *job)
        return std::printf("test page held: %s (%s)\n", std::string{hal::to_string(events.held_->error.kind)}.c_str(),
                           events.held_->error.detail.c_str()),
               kProtocolError;
    return std::printf("test page: no confirmation within the wait\n"), kProtocolError;
}

// A USB printer also says who it is and its port status through the printer class; shown before
// the driver takes the device.
void print_usb_class_info(const std::string& uri) {
    auto settings = drivers::parse_usb_uri(uri);
    if (!settings) return;
    drivers::UsbBulkTransport usb{*settings};
    if (!usb.open()) return;
    if (auto id = drivers::usb_printer_device_id(usb)) std::printf("usb id   %s\n", id->c_str());
    if (auto port = drivers::usb_printer_port_status(usb))
        std::printf("usb port %s, %s, %s\n", port->selected ? "selected" : "not selected", port->no_error ? "no error" : "error",
                    port->paper_empty ? "paper empty" : "paper present");
    usb.close();
}

}  // namespace

int printer_command(const std::vector<std::string>& args) {
    PrinterArgs a;
    std::string error;
    if (!parse(args, a, error)) return std::fprintf(stderr, "kiosk-diag printer: %s\n%s", error.c_str(), diag_usage().c_str()), kUsage;
    auto transport = devices::make_printer_transport(a.config.uri);
    if (!transport) return std::fprintf(stderr, "kiosk-diag printer: %s\n", transport.error().c_str()), kUsage;
    auto options = devices::escpos_printer_options(a.config, transport->driver);
    if (!options) return std::fprintf(stderr, "kiosk-diag printer: %s\n", options.error().c_str()), kUsage;
    if (a.config.uri.starts_with("usb:")) print_usb_class_info(a.config.uri);
    drivers::escpos::EscposPrinter printer{std::move(transport->transport), *options};
    Events events;
    const auto until = Clock::now() + std::chrono::seconds{a.wait_seconds};
    (void)printer.start(events.sink());
    events.wait(until, [&] { return events.connected_.has_value(); });
    std::printf("kiosk-diag printer: %s (%s)\n", printer.info().location.c_str(), printer.info().model.c_str());
    const auto report = printer.self_test();
    std::printf("%-24s %-6s %-48s %6s\n", "step", "result", "detail", "ms");
    for (const auto& s : report.steps)
        std::printf("%-24s %-6s %-48s %6lld\n", s.name.c_str(), s.passed ? "pass" : "FAIL", s.detail.c_str(),
                    static_cast<long long>(s.took.count()));
    if (!printer.connected()) {
        std::printf("outcome  no device\n");
        printer.stop();
        return kNoDevice;
    }
    print_status(printer.status());
    print_confirmation(printer, options->confirmation);
    int code = report.passed() ? kSuccess : kProtocolError;
    if (a.test_page && code == kSuccess) code = print_test_page(printer, events, until);
    std::printf("outcome  %s\n", code == kSuccess ? "ready" : "needs attention");
    printer.stop();
    return code;
}

}  // namespace nanhai::kiosk::diag
