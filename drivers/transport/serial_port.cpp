// The serial port (see serial_port.hpp).
#include "drivers/transport/serial_port.hpp"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <array>

#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers {
namespace {

struct Speed {
    int baud;
    speed_t constant;
};

constexpr std::array<Speed, 8> kSpeeds{{{9600, B9600}, {19200, B19200}, {38400, B38400}, {57600, B57600},
                                        {115200, B115200}, {230400, B230400}, {460800, B460800}, {921600, B921600}}};

speed_t speed_of(int baud) {
    for (const auto& s : kSpeeds)
        if (s.baud == baud) return s.constant;
    return B115200;
}

}  // namespace

bool supported_baud(int baud) {
    for (const auto& s : kSpeeds)
        if (s.baud == baud) return true;
    return false;
}

std::string SerialPort::location() const { return settings_.path + " " + std::to_string(settings_.baud) + " 8N1"; }

hal::DeviceError SerialPort::gone(const std::string& what) {
    close();
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, settings_.path + ": " + what};
}

Result<void, hal::DeviceError> SerialPort::open() {
    close();
    const int fd = ::open(settings_.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, errno_text(settings_.path.c_str())});
    termios tio{};
    if (tcgetattr(fd, &tio) != 0) {
        const auto error = errno_text("tcgetattr");
        ::close(fd);
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::maintenance, error});
    }
    cfmakeraw(&tio);
    tio.c_cflag |= CLOCAL | CREAD;
    tio.c_cflag &= ~static_cast<tcflag_t>(CSTOPB | PARENB | CRTSCTS);
    tio.c_cflag = (tio.c_cflag & ~static_cast<tcflag_t>(CSIZE)) | CS8;
    tio.c_cc[VMIN] = 0;
    tio.c_cc[VTIME] = 0;
    cfsetispeed(&tio, speed_of(settings_.baud));
    cfsetospeed(&tio, speed_of(settings_.baud));
    if (tcsetattr(fd, TCSANOW, &tio) != 0) {
        const auto error = errno_text("tcsetattr");
        ::close(fd);
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::maintenance, error});
    }
    tcflush(fd, TCIOFLUSH);  // whatever the reader sent before we listened is stale
    fd_ = fd;
    return {};
}

void SerialPort::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

Result<void, hal::DeviceError> SerialPort::write_all(std::span<const std::uint8_t> bytes) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, "port closed"});
    if (auto written = write_all_fd(fd_, FdKind::file, bytes, std::chrono::milliseconds{1000}); !written)
        return fail(gone(written.error()));
    return {};
}

Result<std::size_t, hal::DeviceError> SerialPort::read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, "port closed"});
    auto got = read_some_fd(fd_, buffer, timeout, wakeup_fd_);
    if (!got) return fail(gone(got.error()));
    return *got;
}

}  // namespace nanhai::drivers
