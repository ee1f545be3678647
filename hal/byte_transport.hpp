// A byte stream to a device, as narrow as the drivers need: a serial port, a USB bulk pipe, a
// TCP socket or a test script behind the same four calls, so that a driver's protocol code
// runs unchanged over any of them (architecture.md).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "common/result.hpp"
#include "hal/device_types.hpp"

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
    // A descriptor that, once readable, ends a read_some() early with 0 bytes (the device
    // thread's wake-up, device_runtime.hpp); -1 for none. Transports that cannot wait on a
    // descriptor (libusb's synchronous transfers) look at it between short slices.
    virtual void set_wakeup(int fd) { wakeup_fd_ = fd; }
    // Bytes written but not yet taken by the device (a TCP socket's send queue), or nullopt
    // where the transport cannot tell (write_all returned once the device had them all).
    virtual std::optional<std::size_t> unsent_bytes() const { return std::nullopt; }
    // Where it goes ("/dev/ttyUSB0 115200 8N1"), for device information and logs.
    virtual std::string location() const = 0;

protected:
    int wakeup_fd_ = -1;
};

}  // namespace nanhai::hal
