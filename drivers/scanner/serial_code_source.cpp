// Serial scanner lines (see serial_code_source.hpp).
#include "drivers/scanner/serial_code_source.hpp"

#include <algorithm>

namespace nanhai::drivers::scanner {
namespace {

bool is_end(std::uint8_t b) { return b == '\r' || b == '\n'; }

}  // namespace

SerialCodeSource::SerialCodeSource(std::unique_ptr<hal::ByteTransport> port, std::chrono::milliseconds idle_end)
    : port_{std::move(port)}, idle_end_{idle_end} {}

Result<void, hal::DeviceError> SerialCodeSource::open() {
    pending_.clear();
    overlong_ = false;
    return port_->open();
}

void SerialCodeSource::close() { port_->close(); }

// The first complete line in pending_, removed with its terminator(s); empty lines (the LF of
// a CR LF pair) are skipped.
std::optional<RawScan> SerialCodeSource::take_line() {
    for (;;) {
        const auto end = std::find_if(pending_.begin(), pending_.end(), is_end);
        if (end == pending_.end()) return std::nullopt;
        RawScan scan{"", {pending_.begin(), end}};
        pending_.erase(pending_.begin(), end + 1);
        if (!scan.data.empty()) return scan;
    }
}

Result<std::optional<RawScan>, hal::DeviceError> SerialCodeSource::next(std::chrono::milliseconds timeout) {
    if (auto line = take_line()) return line;
    std::uint8_t buffer[512];
    // A code without a suffix ends with a pause: wait no longer than that pause once bytes came.
    if (!pending_.empty()) {
        const auto idle_left = std::chrono::duration_cast<std::chrono::milliseconds>(last_byte_ + idle_end_ - std::chrono::steady_clock::now());
        timeout = std::clamp(idle_left, std::chrono::milliseconds{0}, timeout);
    }
    auto got = port_->read_some(buffer, timeout);
    if (!got) return fail(got.error());
    const auto now = std::chrono::steady_clock::now();
    if (*got == 0) {
        if (pending_.empty() || now - last_byte_ < idle_end_) return std::optional<RawScan>{};
        RawScan scan{"", std::move(pending_)};  // no suffix configured: the pause ends the code
        pending_.clear();
        if (overlong_) {
            overlong_ = false;
            return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, "code over 8 KiB dropped"});
        }
        return std::optional<RawScan>{std::move(scan)};
    }
    last_byte_ = now;
    bool dropped = false;
    for (std::size_t i = 0; i < *got; ++i) {
        if (overlong_) {
            if (is_end(buffer[i])) overlong_ = false, dropped = true;  // what follows is kept
            continue;
        }
        pending_.push_back(buffer[i]);
        if (pending_.size() > kMaxLine && std::find_if(pending_.begin(), pending_.end(), is_end) == pending_.end()) {
            pending_.clear();
            overlong_ = true;  // skip to the end of this line
        }
    }
    if (dropped)
        return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, "code over 8 KiB dropped"});
    return take_line();
}

}  // namespace nanhai::drivers::scanner
