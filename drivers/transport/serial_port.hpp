// A serial port through termios: raw 8N1 at the configured speed, no flow control, opened
// non-blocking and read with poll(). A port that disappears (USB reader unplugged, pty closed)
// reads as not_connected and closes; open() tries the path again, so a symlink that a udev rule
// keeps pointing at the reader makes replugging transparent.
#pragma once

#include <string>

#include "hal/byte_transport.hpp"

namespace nanhai::drivers {

struct SerialSettings {
    std::string path;  // /dev/ttyUSB0, /dev/serial/by-id/..., a pty in tests
    int baud = 115200;
};

class SerialPort final : public hal::ByteTransport {
public:
    explicit SerialPort(SerialSettings settings) : settings_{std::move(settings)} {}
    ~SerialPort() override { close(); }

    Result<void, hal::DeviceError> open() override;
    void close() override;
    bool is_open() const override { return fd_ >= 0; }
    Result<void, hal::DeviceError> write_all(std::span<const std::uint8_t> bytes) override;
    Result<std::size_t, hal::DeviceError> read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) override;
    std::string location() const override;

private:
    hal::DeviceError gone(const std::string& what);

    SerialSettings settings_;
    int fd_ = -1;
};

// The termios speed constant for `baud`; false for a speed termios does not know.
bool supported_baud(int baud);

}  // namespace nanhai::drivers
