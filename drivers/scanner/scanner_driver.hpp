// A code scanner driver over any CodeSource: one thread opens the source, reads codes, decodes
// each as text (UTF-8, else GB18030), splits an AIM prefix and emits CodeScanned. A code whose
// bytes are not text is still reported (empty payload, so the citizen hears "this code cannot
// be read" rather than nothing). Unplugging is DeviceConnectionChanged{false}; the thread keeps
// reopening the source and reports the scanner back when it returns.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "drivers/scanner/code_source.hpp"
#include "hal/code_scanner.hpp"

namespace nanhai::drivers::scanner {

struct ScannerOptions {
    std::string driver;  // "scanner-serial", "scanner-hid-pos", "scanner-wedge", "scanner-camera"
    std::string model;
    std::chrono::milliseconds reconnect_interval{1000};
    std::chrono::milliseconds read_slice{100};  // how often the thread looks at stop()
};

class ScannerDriver final : public hal::CodeScanner {
public:
    ScannerDriver(std::unique_ptr<CodeSource> source, ScannerOptions options);
    ~ScannerDriver() override;

    hal::DeviceInfo info() const override;
    hal::DeviceState state() const override;
    // Steps: device thread running, scanner connected (with the last error when not), codes
    // read and refused so far.
    hal::SelfTestReport self_test() override;
    Result<void, hal::DeviceError> start(hal::EventSink sink) override;
    void stop() override;

    bool connected() const;

private:
    void run();
    bool stopping() const;
    void set_connected(bool connected, const std::string& detail);
    void deliver(const RawScan& scan);

    std::unique_ptr<CodeSource> source_;
    ScannerOptions options_;
    mutable std::mutex mutex_;
    hal::EventSink sink_;
    bool started_ = false;
    bool stopping_ = false;
    bool connected_ = false;
    bool reported_ = false;  // a connection state was reported once
    std::string last_error_;
    int codes_ = 0;
    int refused_ = 0;
    std::thread thread_;
};

}  // namespace nanhai::drivers::scanner
