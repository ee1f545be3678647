// The serial port (see serial_port.hpp).
#include "drivers/transport/serial_port.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>

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

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

}  // namespace

bool supported_baud(int baud) {
    for (const auto& s : kSpeeds)
        if (s.baud == baud) return true;
    return false;
}

std::string SerialPort::location() const { return settings_.path + " " + std::to_string(settings_.baud) + " 8N1"; }

hal::DeviceError SerialPort::gone(const std::string& what) {
    close();
    return {hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, settings_.path + ": " + what};
}

Result<void, hal::DeviceError> SerialPort::open() {
    close();
    const int fd = ::open(settings_.path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, errno_text(settings_.path.c_str())});
    termios tio{};
    if (tcgetattr(fd, &tio) != 0) {
        const auto error = errno_text("tcgetattr");
        ::close(fd);
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::maintenance, error});
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
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::maintenance, error});
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
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, "port closed"});
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) {
            pollfd p{fd_, POLLOUT, 0};
            if (::poll(&p, 1, 1000) <= 0) return fail(gone("write timed out"));
            if ((p.revents & (POLLHUP | POLLERR)) != 0) return fail(gone("hung up"));
            continue;
        }
        return fail(gone(errno_text("write")));
    }
    return {};
}

Result<std::size_t, hal::DeviceError> SerialPort::read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, "port closed"});
    pollfd p{fd_, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready < 0) return errno == EINTR ? Result<std::size_t, hal::DeviceError>{std::size_t{0}} : fail(gone(errno_text("poll")));
    if (ready == 0) return std::size_t{0};
    if ((p.revents & POLLIN) == 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) return fail(gone("hung up"));
    const auto n = ::read(fd_, buffer.data(), buffer.size());
    if (n > 0) return static_cast<std::size_t>(n);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return std::size_t{0};
    // A pty whose master closed reads EIO; a vanished USB serial port, 0 or EIO.
    return fail(gone(n == 0 ? "end of stream" : errno_text("read")));
}

}  // namespace nanhai::drivers
