// Where a scanner driver's codes come from: a serial line, HID POS reports over USB, key
// presses from a keyboard wedge, or frames from a camera. A source is opened, then asked for
// the next code again and again by the driver's thread (scanner_driver.hpp), which handles
// reconnecting, decoding the bytes as text and the events.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "hal/device_types.hpp"

namespace nanhai::drivers::scanner {

struct RawScan {
    std::string symbology;           // AIM id when the transport carries it apart ("]Q1")
    std::vector<std::uint8_t> data;  // may still start with an AIM prefix (serial, wedge)
};

class CodeSource {
public:
    CodeSource() = default;
    CodeSource(const CodeSource&) = delete;
    CodeSource& operator=(const CodeSource&) = delete;
    virtual ~CodeSource() = default;

    // not_connected when the scanner is absent; other kinds when it is there but unusable.
    virtual Result<void, hal::DeviceError> open() = 0;
    virtual void close() = 0;
    // A whole code, nothing within `timeout`, or an error: not_connected (unplugged: the
    // driver closes and reopens), protocol_error (one bad code, dropped; the next one counts).
    virtual Result<std::optional<RawScan>, hal::DeviceError> next(std::chrono::milliseconds timeout) = 0;
    virtual std::string location() const = 0;
    // The device thread's wake-up (hal/byte_transport.hpp): once readable, a next() that is
    // waiting returns nothing at once.
    virtual void set_wakeup(int fd) { wakeup_fd_ = fd; }

protected:
    int wakeup_fd_ = -1;
};

}  // namespace nanhai::drivers::scanner
