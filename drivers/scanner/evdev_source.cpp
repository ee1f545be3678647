// evdev wedge source (see evdev_source.hpp).
#include "drivers/scanner/evdev_source.hpp"

#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers::scanner {

hal::DeviceError EvdevSource::gone(const std::string& what) {
    close();
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, path_ + ": " + what};
}

Result<void, hal::DeviceError> EvdevSource::open() {
    close();
    fd_ = ::open(path_.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0)
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, errno_text(path_)});
    if (::ioctl(fd_, EVIOCGRAB, 1) != 0) {
        const std::string reason = errno == EBUSY ? "grabbed by another program" : std::strerror(errno);
        ::close(fd_);
        fd_ = -1;
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance,
                                     path_ + ": cannot take the keyboard for the scanner: " + reason});
    }
    decoder_.reset();
    partial_.clear();
    return {};
}

void EvdevSource::close() {
    if (fd_ < 0) return;
    ::ioctl(fd_, EVIOCGRAB, 0);
    ::close(fd_);
    fd_ = -1;
}

Result<std::optional<RawScan>, hal::DeviceError> EvdevSource::next(std::chrono::milliseconds timeout) {
    if (fd_ < 0) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, path_ + ": closed"});
    std::uint8_t buffer[sizeof(input_event) * 64];
    // Events left from the last call are decoded before waiting for more.
    const bool events_left = partial_.size() >= sizeof(input_event);
    auto got = read_some_fd(fd_, buffer, events_left ? std::chrono::milliseconds{0} : timeout, wakeup_fd_);
    if (!got) return fail(gone(got.error()));
    partial_.insert(partial_.end(), buffer, buffer + *got);
    std::size_t at = 0;
    std::optional<RawScan> scan;
    std::optional<std::string> error;
    // Every whole event is decoded, even after a code completes: the keys that follow belong to
    // the next code and must not be lost.
    for (; at + sizeof(input_event) <= partial_.size(); at += sizeof(input_event)) {
        input_event event{};
        std::memcpy(&event, partial_.data() + at, sizeof event);
        if (event.type != EV_KEY) continue;
        auto fed = decoder_.feed(event.code, event.value);
        if (!fed) {
            error = fed.error();
            continue;
        }
        if (*fed && !scan) {
            scan = RawScan{"", {(*fed)->begin(), (*fed)->end()}};
            at += sizeof(input_event);
            break;  // one code per call; the rest stays in partial_
        }
    }
    partial_.erase(partial_.begin(), partial_.begin() + static_cast<std::ptrdiff_t>(at));
    if (error && !scan) return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, *error});
    return scan;
}

}  // namespace nanhai::drivers::scanner
