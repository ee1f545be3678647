// Writing and reading a non-blocking file descriptor with poll(): the part that a serial port,
// a TCP socket and a printer character device (/dev/usb/lp*) share. An error is the reason the
// other end is gone (hang-up, reset, EIO of an unplugged device); the caller closes the fd.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "common/result.hpp"

namespace nanhai::drivers {

enum class FdKind { file, socket };  // sockets are written with MSG_NOSIGNAL (no SIGPIPE)

// Waits up to `stall_timeout` each time the device stops taking bytes.
Result<void, std::string> write_all_fd(int fd, FdKind kind, std::span<const std::uint8_t> bytes,
                                       std::chrono::milliseconds stall_timeout);
// What arrives within `timeout`: 0 bytes on timeout, or at once when `wakeup_fd` (-1: none)
// is readable first (the device thread has something else to do).
Result<std::size_t, std::string> read_some_fd(int fd, std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout,
                                              int wakeup_fd = -1);

// Whether the wake-up descriptor is readable now (-1: never).
bool wakeup_pending(int wakeup_fd);

std::string errno_text(const std::string& what);

}  // namespace nanhai::drivers
