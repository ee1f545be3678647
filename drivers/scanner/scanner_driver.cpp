// The scanner driver's thread (see scanner_driver.hpp). Only this thread touches the source.
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

hal::DeviceState ScannerDriver::state() const {
    std::lock_guard lock{mutex_};
    if (!started_) return hal::DeviceState::stopped;
    return connected_ ? hal::DeviceState::ready : hal::DeviceState::disconnected;
}

hal::SelfTestReport ScannerDriver::self_test() {
    hal::SelfTestReport report{info(), {}};
    std::lock_guard lock{mutex_};
    run_self_test_step(report, "device thread running", [this] {
        return std::pair{started_, started_ ? std::string{"running"} : std::string{"not started"}};
    });
    run_self_test_step(report, "scanner connected", [this] {
        return std::pair{connected_, connected_ ? source_->location() : (last_error_.empty() ? std::string{"not connected"} : last_error_)};
    });
    run_self_test_step(report, "codes read", [this] {
        return std::pair{true, std::to_string(codes_) + " read, " + std::to_string(refused_) + " refused"};
    });
    return report;
}

Result<void, hal::DeviceError> ScannerDriver::start(hal::EventSink sink) {
    std::lock_guard lock{mutex_};
    if (started_) return fail(hal::DeviceError{hal::DeviceErrorKind::internal, hal::Remedy::maintenance, "already started"});
    sink_ = std::move(sink);
    started_ = true;
    stopping_ = false;
    thread_ = std::thread{[this] { run(); }};
    return {};
}

void ScannerDriver::stop() {
    {
        std::lock_guard lock{mutex_};
        if (!started_) return;
        stopping_ = true;
    }
    if (thread_.joinable()) thread_.join();
    source_->close();
    std::lock_guard lock{mutex_};
    started_ = false;
    connected_ = false;
    reported_ = false;
}

bool ScannerDriver::connected() const {
    std::lock_guard lock{mutex_};
    return connected_;
}

bool ScannerDriver::stopping() const {
    std::lock_guard lock{mutex_};
    return stopping_;
}

void ScannerDriver::set_connected(bool connected, const std::string& detail) {
    hal::EventSink sink;
    {
        std::lock_guard lock{mutex_};
        if (!connected) last_error_ = detail;
        if (reported_ && connected_ == connected) return;
        connected_ = connected;
        reported_ = true;
        sink = sink_;
    }
    log_event(connected ? LogLevel::info : LogLevel::warning,
              connected ? "device.scanner.connected" : "device.scanner.disconnected", {{"detail", detail}});
    if (sink) sink(hal::DeviceConnectionChanged{hal::DeviceClass::code_scanner, connected});
}

void ScannerDriver::run() {
    while (!stopping()) {
        if (auto opened = source_->open(); !opened) {
            set_connected(false, opened.error().detail);
            const auto until = std::chrono::steady_clock::now() + options_.reconnect_interval;
            while (!stopping() && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(options_.read_slice);
            continue;
        }
        set_connected(true, source_->location());
        while (!stopping()) {
            auto scan = source_->next(options_.read_slice);
            if (!scan && scan.error().kind == hal::DeviceErrorKind::not_connected) {
                source_->close();
                set_connected(false, scan.error().detail);
                break;
            }
            if (!scan) {
                std::lock_guard lock{mutex_};
                ++refused_;
                log_event(LogLevel::warning, "device.scanner.code_refused", {{"error", scan.error().detail}});
                continue;
            }
            if (*scan) deliver(**scan);
        }
    }
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
    hal::EventSink sink;
    {
        std::lock_guard lock{mutex_};
        ++codes_;
        if (!text) ++refused_;
        sink = sink_;
    }
    log_event(LogLevel::info, "device.scanner.code",
              {{"bytes", std::to_string(scan.data.size())}, {"symbology", event.symbology}, {"text", text ? "yes" : "no"}});
    if (sink) sink(std::move(event));
}

}  // namespace nanhai::drivers::scanner
