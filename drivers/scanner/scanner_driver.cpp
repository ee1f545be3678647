// The scanner driver's work on its device thread (see scanner_driver.hpp). Only that thread
// touches the source.
#include "drivers/scanner/scanner_driver.hpp"

#include "common/log.hpp"
#include "drivers/scanner/scan_text.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers::scanner {

ScannerDriver::ScannerDriver(std::unique_ptr<CodeSource> source, ScannerOptions options)
    : source_{std::move(source)}, options_{std::move(options)} {}

ScannerDriver::~ScannerDriver() { stop(); }

hal::DeviceInfo ScannerDriver::info() const {
    return {hal::DeviceClass::code_scanner, options_.driver, options_.model, "", "", source_->location()};
}

hal::SelfTestReport ScannerDriver::self_test() {
    hal::SelfTestReport report{info(), {}};
    const bool running = lifecycle() != hal::Lifecycle::closed;
    std::lock_guard lock{mutex_};
    run_self_test_step(report, "device thread running", [running] {
        return std::pair{running, running ? std::string{"running"} : std::string{"not started"}};
    });
    run_self_test_step(report, "scanner connected", [this] {
        return std::pair{connected_, connected_ ? source_->location() : (last_error_.empty() ? std::string{"not connected"} : last_error_)};
    });
    run_self_test_step(report, "codes read", [this] {
        return std::pair{true, std::to_string(codes_) + " read, " + std::to_string(refused_) + " refused"};
    });
    return report;
}

bool ScannerDriver::connected() const {
    std::lock_guard lock{mutex_};
    return connected_;
}

void ScannerDriver::on_open() { source_->set_wakeup(runtime().wakeup_fd()); }

void ScannerDriver::on_close() {
    source_->close();
    source_->set_wakeup(-1);
    open_ = false;
    std::lock_guard lock{mutex_};
    connected_ = false;
    reported_ = false;
}

void ScannerDriver::set_connected(bool connected, const std::string& detail) {
    {
        std::lock_guard lock{mutex_};
        if (!connected) last_error_ = detail;
        if (reported_ && connected_ == connected) return;
        connected_ = connected;
        reported_ = true;
    }
    runtime().set_state(connected ? hal::DeviceState::ready : hal::DeviceState::disconnected);
    log_event(connected ? LogLevel::info : LogLevel::warning,
              connected ? "device.scanner.connected" : "device.scanner.disconnected", {{"detail", detail}});
    runtime().emit(hal::DeviceConnectionChanged{hal::DeviceClass::code_scanner, connected});
}

hal::DeviceWork::Clock::time_point ScannerDriver::step() {
    if (!open_) {
        if (auto opened = source_->open(); !opened) {
            set_connected(false, opened.error().detail);
            return Clock::now() + options_.reconnect_interval;
        }
        open_ = true;
        set_connected(true, source_->location());
    }
    runtime().deliver();  // what this step said reaches the app before the long wait
    auto scan = source_->next(options_.wait_slice);
    if (!scan && scan.error().kind == hal::DeviceErrorKind::not_connected) {
        source_->close();
        open_ = false;
        set_connected(false, scan.error().detail);
        return Clock::now() + options_.reconnect_interval;
    }
    if (!scan) {
        std::lock_guard lock{mutex_};
        ++refused_;
        log_event(LogLevel::warning, "device.scanner.code_refused", {{"error", scan.error().detail}});
    } else if (*scan) {
        deliver(**scan);
    }
    return Clock::now();
}

// The payload is logged by length only: a scanned code may be a citizen's identity QR.
void ScannerDriver::deliver(const RawScan& scan) {
    const auto text = decode_scan_text(scan.data);
    hal::CodeScanned event;
    if (text) {
        const auto split = split_aim_prefix(*text);
        event.symbology = scan.symbology.empty() ? split.symbology : scan.symbology;
        event.payload = std::string{split.rest};
    } else {
        event.symbology = scan.symbology;  // not text: reported empty, so the citizen is told
    }
    {
        std::lock_guard lock{mutex_};
        ++codes_;
        if (!text) ++refused_;
    }
    log_event(LogLevel::info, "device.scanner.code",
              {{"bytes", std::to_string(scan.data.size())}, {"symbology", event.symbology}, {"is_text", text ? "yes" : "no"}});
    runtime().emit(std::move(event));
}

}  // namespace nanhai::drivers::scanner
