// Codes from a camera: frames are grabbed (V4L2 in the kiosk, anything in tests), only the
// newest frame is decoded (frames that queued up while the last one was decoding are stale
// and dropped, so a code is read from what the camera sees now), and a code still in view is
// not reported again until it has been out of view for `repeat_after`. Decoding runs on the
// scanner driver's thread, never the UI's.
#pragma once

#include <chrono>
#include <memory>

#include "drivers/scanner/code_source.hpp"
#include "drivers/scanner/qr_frame.hpp"

namespace nanhai::drivers::scanner {

class FrameGrabber {
public:
    virtual ~FrameGrabber() = default;
    virtual Result<void, hal::DeviceError> open() = 0;
    virtual void close() = 0;
    // The newest frame that arrived within `timeout` (older ones are dropped and counted), or
    // none; not_connected when the camera is gone.
    virtual Result<std::optional<GreyFrame>, hal::DeviceError> newest(std::chrono::milliseconds timeout) = 0;
    virtual std::size_t dropped_frames() const = 0;
    virtual std::string location() const = 0;
    // The device thread's wake-up: a waiting newest() returns no frame once it is readable.
    virtual void set_wakeup(int fd) { (void)fd; }
};

class CameraCodeSource final : public CodeSource {
public:
    explicit CameraCodeSource(std::unique_ptr<FrameGrabber> grabber,
                              std::chrono::milliseconds repeat_after = std::chrono::milliseconds{2000});

    Result<void, hal::DeviceError> open() override;
    void close() override;
    Result<std::optional<RawScan>, hal::DeviceError> next(std::chrono::milliseconds timeout) override;
    std::string location() const override { return grabber_->location(); }
    void set_wakeup(int fd) override { grabber_->set_wakeup(fd); }

    std::size_t frames_decoded() const { return decoded_; }

private:
    std::unique_ptr<FrameGrabber> grabber_;
    std::chrono::milliseconds repeat_after_;
    std::vector<std::uint8_t> last_code_;
    std::chrono::steady_clock::time_point last_seen_{};
    std::size_t decoded_ = 0;
};

}  // namespace nanhai::drivers::scanner
