// TCP byte stream (see tcp_stream.hpp): getaddrinfo, a non-blocking connect bounded by
// poll(), keep-alive so that a printer switched off is noticed even while idle.
#include "drivers/transport/tcp_stream.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers {
namespace {

hal::DeviceError unreachable(std::string detail) {
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, std::move(detail)};
}

void set_socket_options(int fd) {
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &yes, sizeof yes);
    const int idle = 10, interval = 5, count = 3;  // a dead printer is noticed in about 25 s
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
}

// Connects one address within the timeout; the fd on success, else -1 with errno set.
int connect_one(const addrinfo& address, std::chrono::milliseconds timeout) {
    const int fd = ::socket(address.ai_family, address.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address.ai_protocol);
    if (fd < 0) return -1;
    if (::connect(fd, address.ai_addr, address.ai_addrlen) != 0 && errno != EINPROGRESS) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    pollfd p{fd, POLLOUT, 0};
    int error = 0;
    socklen_t length = sizeof error;
    const int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready <= 0 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
        ::close(fd);
        errno = ready == 0 ? ETIMEDOUT : error;
        return -1;
    }
    set_socket_options(fd);
    return fd;
}

}  // namespace

Result<TcpSettings, std::string> parse_tcp_uri(std::string_view uri) {
    constexpr std::string_view kScheme = "tcp://";
    if (uri.substr(0, kScheme.size()) != kScheme) return fail("\"" + std::string{uri} + "\" does not start with tcp://");
    std::string_view rest = uri.substr(kScheme.size());
    TcpSettings settings;
    if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
        const auto digits = rest.substr(colon + 1);
        int port = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (ec != std::errc{} || end != digits.data() + digits.size() || port < 1 || port > 65535)
            return fail("\"" + std::string{uri} + "\": port must be 1..65535");
        settings.port = port;
        rest = rest.substr(0, colon);
    }
    if (rest.empty()) return fail("\"" + std::string{uri} + "\" names no host");
    settings.host = std::string{rest};
    return settings;
}

std::string TcpStream::location() const { return "tcp://" + settings_.host + ":" + std::to_string(settings_.port); }

hal::DeviceError TcpStream::gone(const std::string& what) {
    close();
    return unreachable(location() + ": " + what);
}

Result<void, hal::DeviceError> TcpStream::open() {
    close();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(settings_.port);
    if (const int rc = ::getaddrinfo(settings_.host.c_str(), port.c_str(), &hints, &found); rc != 0)
        return fail(unreachable(location() + ": " + ::gai_strerror(rc)));
    std::string last_error = "no address";
    for (const addrinfo* a = found; a != nullptr && fd_ < 0; a = a->ai_next) {
        fd_ = connect_one(*a, settings_.connect_timeout);
        if (fd_ < 0) last_error = std::strerror(errno);
    }
    ::freeaddrinfo(found);
    if (fd_ < 0) return fail(unreachable(location() + ": " + last_error));
    return {};
}

void TcpStream::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

Result<void, hal::DeviceError> TcpStream::write_all(std::span<const std::uint8_t> bytes) {
    if (fd_ < 0) return fail(unreachable(location() + ": not connected"));
    if (auto written = write_all_fd(fd_, FdKind::socket, bytes, settings_.write_stall_timeout); !written)
        return fail(gone(written.error()));
    return {};
}

Result<std::size_t, hal::DeviceError> TcpStream::read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) {
    if (fd_ < 0) return fail(unreachable(location() + ": not connected"));
    auto got = read_some_fd(fd_, buffer, timeout, wakeup_fd_);
    if (!got) return fail(gone(got.error()));
    return *got;
}

std::optional<std::size_t> TcpStream::unsent_bytes() const {
    int queued = 0;
    if (fd_ < 0 || ::ioctl(fd_, SIOCOUTQ, &queued) != 0) return std::nullopt;
    return static_cast<std::size_t>(std::max(queued, 0));
}

}  // namespace nanhai::drivers
