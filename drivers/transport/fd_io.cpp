// Non-blocking fd I/O with poll() (see fd_io.hpp).
#include "drivers/transport/fd_io.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace nanhai::drivers {

std::string errno_text(const std::string& what) { return what + ": " + std::strerror(errno); }

bool wakeup_pending(int wakeup_fd) {
    if (wakeup_fd < 0) return false;
    pollfd p{wakeup_fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN) != 0;
}

Result<void, std::string> write_all_fd(int fd, FdKind kind, std::span<const std::uint8_t> bytes,
                                       std::chrono::milliseconds stall_timeout) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = kind == FdKind::socket ? ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL)
                                              : ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            const int ready = ::poll(&p, 1, static_cast<int>(stall_timeout.count()));
            if (ready == 0) return fail(std::string{"write timed out"});
            if (ready < 0 && errno != EINTR) return fail(errno_text("poll"));
            if ((p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) return fail(std::string{"hung up"});
            continue;
        }
        return fail(errno_text("write"));
    }
    return {};
}

Result<std::size_t, std::string> read_some_fd(int fd, std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout,
                                              int wakeup_fd) {
    pollfd fds[2] = {{fd, POLLIN, 0}, {wakeup_fd, POLLIN, 0}};
    const int ready = ::poll(fds, wakeup_fd >= 0 ? 2 : 1, static_cast<int>(timeout.count()));
    if (ready < 0) return errno == EINTR ? Result<std::size_t, std::string>{std::size_t{0}} : fail(errno_text("poll"));
    if (ready == 0) return std::size_t{0};
    const pollfd& p = fds[0];
    if (p.revents == 0) return std::size_t{0};  // woken: the caller looks at why
    if ((p.revents & POLLIN) == 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0) return fail(std::string{"hung up"});
    const auto n = ::read(fd, buffer.data(), buffer.size());
    if (n > 0) return static_cast<std::size_t>(n);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return std::size_t{0};
    // A pty whose master closed reads EIO; a vanished USB device, 0 or EIO or ENODEV; a peer
    // that closed its socket, 0.
    return fail(n == 0 ? std::string{"end of stream"} : errno_text("read"));
}

}  // namespace nanhai::drivers
