// The simulated code scanner: scan(text) reports the text as a QR code read (AIM "]Q1"), as a
// camera or HID POS scanner would after decoding a citizen's mobile identity or appointment QR.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

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
    // Steps: QR decode loopback (a QR encoded and decoded again with ZXing), thread running,
    // scanner connected.
    hal::SelfTestReport self_test() override;

    // CodeScanned{text, "]Q1"}. Errors: not started, empty text, unplugged.
    Result<void, std::string> scan(std::string_view text);
    // Unplugged: disconnected, DeviceConnectionChanged{false}; plugged back: ready, {true}.
    Result<void, std::string> set_connected(bool connected);
    bool connected() const;

private:
    hal::DeviceState initial_state() const override;  // nothing to connect to
    void on_open() override;

    mutable std::mutex mutex_;
    SimCodeScannerOptions options_;
    bool connected_ = true;
};

}  // namespace nanhai::drivers
