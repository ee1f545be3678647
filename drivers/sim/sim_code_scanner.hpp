// The simulated code scanner: scan(text) reports the text as a QR code read (AIM "]Q1"), as a
// camera or HID POS scanner would after decoding a citizen's mobile identity or appointment QR.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include "drivers/sim/sim_worker.hpp"
#include "hal/code_scanner.hpp"

namespace nanhai::drivers {

struct SimCodeScannerOptions {
    std::string serial = "SIM-SCN-0001";
};

class SimCodeScanner final : public hal::CodeScanner {
public:
    explicit SimCodeScanner(SimCodeScannerOptions options = {});
    ~SimCodeScanner() override;

    hal::DeviceInfo info() const override;
    hal::DeviceState state() const override;
    // Steps: QR decode loopback (a QR encoded and decoded again with ZXing), thread running.
    hal::SelfTestReport self_test() override;
    Result<void, hal::DeviceError> start(hal::EventSink sink) override;
    void stop() override;

    // CodeScanned{text, "]Q1"}. Errors: not started, empty text.
    Result<void, std::string> scan(std::string_view text);

private:
    mutable std::mutex mutex_;
    SimCodeScannerOptions options_;
    hal::EventSink sink_;
    bool started_ = false;
    SimWorker worker_;
};

}  // namespace nanhai::drivers
