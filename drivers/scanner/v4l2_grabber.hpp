// Frames from a V4L2 camera (/dev/video0, or a udev link): YUYV (or GREY) at the requested
// size, memory-mapped streaming with four buffers, or read() for a device that offers only that
// (V4L2_CAP_READWRITE). newest() takes every frame that is ready and keeps only the last; with
// streaming, the others go straight back to the driver.
#pragma once

#include <string>
#include <vector>

#include "drivers/scanner/camera_source.hpp"

namespace nanhai::drivers::scanner {

struct V4l2Settings {
    std::string path = "/dev/video0";
    int width = 640;
    int height = 480;
};

class V4l2Grabber final : public FrameGrabber {
public:
    explicit V4l2Grabber(V4l2Settings settings) : settings_{std::move(settings)} {}
    ~V4l2Grabber() override { close(); }

    Result<void, hal::DeviceError> open() override;
    void close() override;
    Result<std::optional<GreyFrame>, hal::DeviceError> newest(std::chrono::milliseconds timeout) override;
    std::size_t dropped_frames() const override { return dropped_; }
    std::string location() const override { return settings_.path; }
    void set_wakeup(int fd) override { wakeup_fd_ = fd; }

private:
    struct Buffer {
        void* start = nullptr;
        std::size_t length = 0;
    };
    hal::DeviceError failure(hal::DeviceErrorKind kind, const std::string& what);
    Result<void, hal::DeviceError> start_streaming();
    Result<std::optional<GreyFrame>, hal::DeviceError> newest_streamed();
    Result<std::optional<GreyFrame>, hal::DeviceError> newest_read();
    GreyFrame to_grey(std::span<const std::uint8_t> bytes) const;

    V4l2Settings settings_;
    int fd_ = -1;
    int wakeup_fd_ = -1;
    std::vector<Buffer> buffers_;
    std::uint32_t pixel_format_ = 0;
    int width_ = 0;
    int height_ = 0;
    int stride_ = 0;
    bool streaming_ = true;
    std::size_t frame_bytes_ = 0;
    std::vector<std::uint8_t> pending_;  // read(): bytes of a frame not yet complete
    std::size_t dropped_ = 0;
};

}  // namespace nanhai::drivers::scanner
