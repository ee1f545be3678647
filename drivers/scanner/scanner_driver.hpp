// A code scanner driver over any CodeSource, on the device thread hal owns: each step opens
// the source (or waits to retry), or waits for the next code (the wait ends at once when the
// device closes: the source waits on the thread's wake-up too), decodes it as text (UTF-8,
// else GB18030), splits an AIM prefix and emits CodeScanned. A code whose bytes are not text
// is still reported (empty payload, so the citizen hears "this code cannot be read" rather than
// nothing). Unplugging is DeviceConnectionChanged{false}; the driver keeps reopening the source
// and reports the scanner back when it returns.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>

#include "drivers/scanner/code_source.hpp"
#include "hal/code_scanner.hpp"

namespace nanhai::drivers::scanner {

struct ScannerOptions {
    std::string driver;  // "scanner-serial", "scanner-hid-pos", "scanner-wedge", "scanner-camera"
    std::string model;
    std::chrono::milliseconds reconnect_interval{1000};
    std::chrono::milliseconds wait_slice{60'000};  // one wait for a code (ended early by the wake-up)
};

class ScannerDriver final : public hal::CodeScanner {
public:
    ScannerDriver(std::unique_ptr<CodeSource> source, ScannerOptions options);
    ~ScannerDriver() override;

    hal::DeviceInfo info() const override;
    // Steps: device thread running, scanner connected (with the last error when not), codes
    // read and refused so far.
    hal::SelfTestReport self_test() override;

    bool connected() const;

private:
    void on_open() override;
    Clock::time_point step() override;
    void on_close() override;

    void set_connected(bool connected, const std::string& detail);
    void deliver(const RawScan& scan);

    std::unique_ptr<CodeSource> source_;
    ScannerOptions options_;
    mutable std::mutex mutex_;
    bool open_ = false;      // the source, on the device thread
    bool connected_ = false;
    bool reported_ = false;  // a connection state was reported once
    std::string last_error_;
    int codes_ = 0;
    int refused_ = 0;
};

}  // namespace nanhai::drivers::scanner
