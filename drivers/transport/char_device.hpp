// A character device as a byte stream, without termios: the Linux usblp printer device
// (/dev/usb/lp0, or a udev symlink such as /dev/receipt-printer). Bidirectional printers answer
// status requests through read(); an unplugged printer makes the fd fail (ENODEV, EIO) and it
// closes; open() tries the path again.
#pragma once

#include <chrono>
#include <string>

#include "hal/byte_transport.hpp"

namespace nanhai::drivers {

struct CharDeviceSettings {
    std::string path;
    std::chrono::milliseconds write_stall_timeout{10000};
};

class CharDevice final : public hal::ByteTransport {
public:
    explicit CharDevice(CharDeviceSettings settings) : settings_{std::move(settings)} {}
    ~CharDevice() override { close(); }

    Result<void, hal::DeviceError> open() override;
    void close() override;
    bool is_open() const override { return fd_ >= 0; }
    Result<void, hal::DeviceError> write_all(std::span<const std::uint8_t> bytes) override;
    Result<std::size_t, hal::DeviceError> read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) override;
    std::string location() const override { return settings_.path; }

private:
    hal::DeviceError gone(const std::string& what);

    CharDeviceSettings settings_;
    int fd_ = -1;
};

}  // namespace nanhai::drivers
