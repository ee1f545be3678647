// Codes from a keyboard-wedge scanner through evdev: the device (a /dev/input/by-id/ link, or
// /dev/input/eventN) is grabbed exclusively with EVIOCGRAB, so scans never type into the
// kiosk's text fields or a console, and its key events are decoded by KeyboardWedgeDecoder.
// A device another program has grabbed is refused; an unplugged one reads as not_connected.
#pragma once

#include <string>

#include "drivers/scanner/code_source.hpp"
#include "drivers/scanner/keyboard_wedge.hpp"

namespace nanhai::drivers::scanner {

class EvdevSource final : public CodeSource {
public:
    explicit EvdevSource(std::string path) : path_{std::move(path)} {}
    ~EvdevSource() override { close(); }

    Result<void, hal::DeviceError> open() override;
    void close() override;
    Result<std::optional<RawScan>, hal::DeviceError> next(std::chrono::milliseconds timeout) override;
    std::string location() const override { return path_; }

private:
    hal::DeviceError gone(const std::string& what);

    std::string path_;
    int fd_ = -1;
    KeyboardWedgeDecoder decoder_;
    std::vector<std::uint8_t> partial_;  // an input_event split over two reads
};

}  // namespace nanhai::drivers::scanner
