// A byte stream to a device, as narrow as the drivers need: a serial port, a USB bulk pipe, a
// TCP socket or a test script behind the same four calls, so that a driver's protocol code
// runs unchanged over any of them (architecture.md).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "common/result.hpp"
#include "hal/device.hpp"

namespace nanhai::hal {

class ByteTransport {
public:
    ByteTransport() = default;
    ByteTransport(const ByteTransport&) = delete;
    ByteTransport& operator=(const ByteTransport&) = delete;
    virtual ~ByteTransport() = default;

    // not_connected when the device is absent (unplugged, no such port).
    virtual Result<void, DeviceError> open() = 0;
    virtual void close() = 0;
    virtual bool is_open() const = 0;
    virtual Result<void, DeviceError> write_all(std::span<const std::uint8_t> bytes) = 0;
    // What arrives within `timeout` (at least one byte, or none on timeout); not_connected
    // when the other end went away, after which the transport is closed.
    virtual Result<std::size_t, DeviceError> read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) = 0;
    // Where it goes ("/dev/ttyUSB0 115200 8N1"), for device information and logs.
    virtual std::string location() const = 0;
};

}  // namespace nanhai::hal
