// SimCodeScanner: each scan is posted to the device's worker, so codes arrive from the
// scanner's own thread in the order they were scanned.
#include "drivers/sim/sim_code_scanner.hpp"

#include <ZXing/ReadBarcode.h>

#include "drivers/receipt/barcode_raster.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers {
namespace {

constexpr std::string_view kQrSymbology = "]Q1";  // AIM: QR Code, model 2

// What a camera scanner does with a frame, on a synthetic one: proves the decoder works.
std::pair<bool, std::string> qr_loopback() {
    constexpr std::string_view kProbe = "NANHAI-SCANNER-SELF-TEST";
    auto symbol = qr_raster(kProbe, 4, 400);
    if (!symbol) return {false, symbol.error()};
    const int quiet = 16;
    const int width = symbol->width() + 2 * quiet;
    const int height = symbol->height() + 2 * quiet;
    std::vector<std::uint8_t> frame(static_cast<std::size_t>(width * height), 255);
    for (int y = 0; y < symbol->height(); ++y)
        for (int x = 0; x < symbol->width(); ++x)
            if (symbol->black(x, y))
                frame[static_cast<std::size_t>((y + quiet) * width + x + quiet)] = 0;
    auto result =
        ZXing::ReadBarcode(ZXing::ImageView{frame.data(), width, height, ZXing::ImageFormat::Lum},
                           ZXing::DecodeHints{}.setFormats(ZXing::BarcodeFormat::QRCode));
    if (!result.isValid()) return {false, "probe QR not decoded"};
    if (result.text() != kProbe) return {false, "probe QR decoded wrongly"};
    return {true, "probe QR decoded"};
}

}  // namespace

SimCodeScanner::SimCodeScanner(SimCodeScannerOptions options) : options_{std::move(options)} {}

SimCodeScanner::~SimCodeScanner() {
    stop();
}

hal::DeviceInfo SimCodeScanner::info() const {
    return {hal::DeviceClass::code_scanner,
            "sim",
            "Simulated QR scanner",
            options_.serial,
            "sim-1",
            "in-process"};
}

hal::SelfTestReport SimCodeScanner::self_test() {
    hal::SelfTestReport report{info(), {}};
    run_self_test_step(report, "QR decode loopback", qr_loopback);
    run_self_test_step(report, "device thread running", [this] {
        const bool running = lifecycle() != hal::Lifecycle::closed;
        return std::pair{running, running ? std::string{"running"} : std::string{"not started"}};
    });
    run_self_test_step(report, "scanner connected", [this] {
        const bool on = connected();
        return std::pair{on, on ? std::string{"in-process"} : std::string{"unplugged"}};
    });
    return report;
}

hal::DeviceState SimCodeScanner::initial_state() const {
    std::lock_guard lock{mutex_};
    return connected_ ? hal::DeviceState::ready : hal::DeviceState::disconnected;
}

void SimCodeScanner::on_open() {
    std::lock_guard lock{mutex_};
    runtime().set_state(connected_ ? hal::DeviceState::ready : hal::DeviceState::disconnected);
}

Result<void, std::string> SimCodeScanner::scan(std::string_view text) {
    std::lock_guard lock{mutex_};
    if (lifecycle() == hal::Lifecycle::closed) return fail(std::string{"scanner not started"});
    if (!connected_) return fail(std::string{"scanner unplugged"});
    if (text.empty()) return fail(std::string{"nothing to scan"});
    runtime().emit(hal::CodeScanned{std::string{text}, std::string{kQrSymbology}});
    return {};
}

Result<void, std::string> SimCodeScanner::set_connected(bool connected) {
    std::lock_guard lock{mutex_};
    if (lifecycle() == hal::Lifecycle::closed) return fail(std::string{"scanner not started"});
    if (connected_ == connected) return fail(std::string{connected ? "scanner already plugged in" : "scanner already unplugged"});
    connected_ = connected;
    runtime().set_state(connected ? hal::DeviceState::ready : hal::DeviceState::disconnected);
    runtime().emit(hal::DeviceConnectionChanged{hal::DeviceClass::code_scanner, connected});
    return {};
}

bool SimCodeScanner::connected() const {
    std::lock_guard lock{mutex_};
    return connected_;
}

}  // namespace nanhai::drivers
