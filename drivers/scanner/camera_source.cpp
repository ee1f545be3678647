// Camera code source (see camera_source.hpp).
#include "drivers/scanner/camera_source.hpp"

namespace nanhai::drivers::scanner {

CameraCodeSource::CameraCodeSource(std::unique_ptr<FrameGrabber> grabber, std::chrono::milliseconds repeat_after)
    : grabber_{std::move(grabber)}, repeat_after_{repeat_after} {}

Result<void, hal::DeviceError> CameraCodeSource::open() {
    last_code_.clear();
    return grabber_->open();
}

void CameraCodeSource::close() { grabber_->close(); }

Result<std::optional<RawScan>, hal::DeviceError> CameraCodeSource::next(std::chrono::milliseconds timeout) {
    auto frame = grabber_->newest(timeout);
    if (!frame) return fail(frame.error());
    if (!*frame) return std::optional<RawScan>{};
    ++decoded_;
    const auto code = decode_qr_frame(**frame);
    const auto now = std::chrono::steady_clock::now();
    if (!code) return std::optional<RawScan>{};
    // The same code, seen again while it never left the view for long: the citizen is still
    // holding the phone up, not scanning again.
    const bool repeat = code->data == last_code_ && now - last_seen_ < repeat_after_;
    last_seen_ = now;
    if (repeat) return std::optional<RawScan>{};
    last_code_ = code->data;
    return std::optional<RawScan>{RawScan{"]Q1", code->data}};
}

}  // namespace nanhai::drivers::scanner
