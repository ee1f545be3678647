// Character device byte stream (see char_device.hpp).
#include "drivers/transport/char_device.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers {

hal::DeviceError CharDevice::gone(const std::string& what) {
    close();
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, settings_.path + ": " + what};
}

Result<void, hal::DeviceError> CharDevice::open() {
    close();
    fd_ = ::open(settings_.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0)
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, errno_text(settings_.path)});
    return {};
}

void CharDevice::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

Result<void, hal::DeviceError> CharDevice::write_all(std::span<const std::uint8_t> bytes) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, settings_.path + ": closed"});
    if (auto written = write_all_fd(fd_, FdKind::file, bytes, settings_.write_stall_timeout); !written)
        return fail(gone(written.error()));
    return {};
}

Result<std::size_t, hal::DeviceError> CharDevice::read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, settings_.path + ": closed"});
    auto got = read_some_fd(fd_, buffer, timeout, wakeup_fd_);
    if (!got) return fail(gone(got.error()));
    return *got;
}

}  // namespace nanhai::drivers
