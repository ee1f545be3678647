// V4L2 capture (see v4l2_grabber.hpp).
#include "drivers/scanner/v4l2_grabber.hpp"

#include <fcntl.h>
#include <linux/videodev2.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace nanhai::drivers::scanner {
namespace {

int xioctl(int fd, unsigned long request, void* arg) {
    int rc = 0;
    do rc = ::ioctl(fd, request, arg);
    while (rc == -1 && errno == EINTR);
    return rc;
}

}  // namespace

hal::DeviceError V4l2Grabber::failure(hal::DeviceErrorKind kind, const std::string& what) {
    const std::string detail = settings_.path + ": " + what + ": " + std::strerror(errno);
    close();
    const auto remedy = kind == hal::DeviceErrorKind::not_connected ? hal::ErrorAction::suspend : hal::ErrorAction::maintenance;
    return {kind, remedy, detail};
}

Result<void, hal::DeviceError> V4l2Grabber::open() {
    close();
    fd_ = ::open(settings_.path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd_ < 0) return fail(failure(hal::DeviceErrorKind::not_connected, "open"));
    v4l2_capability caps{};
    if (xioctl(fd_, VIDIOC_QUERYCAP, &caps) != 0) return fail(failure(hal::DeviceErrorKind::unsupported, "not a V4L2 device"));
    const auto capabilities = (caps.capabilities & V4L2_CAP_DEVICE_CAPS) ? caps.device_caps : caps.capabilities;
    if (!(capabilities & V4L2_CAP_VIDEO_CAPTURE) || !(capabilities & (V4L2_CAP_STREAMING | V4L2_CAP_READWRITE))) {
        errno = ENOTSUP;
        return fail(failure(hal::DeviceErrorKind::unsupported, "no video capture by streaming or read()"));
    }
    streaming_ = (capabilities & V4L2_CAP_STREAMING) != 0;
    v4l2_format format{};
    format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    format.fmt.pix.width = static_cast<std::uint32_t>(settings_.width);
    format.fmt.pix.height = static_cast<std::uint32_t>(settings_.height);
    format.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
    format.fmt.pix.field = V4L2_FIELD_NONE;
    if (xioctl(fd_, VIDIOC_S_FMT, &format) != 0) return fail(failure(hal::DeviceErrorKind::unsupported, "VIDIOC_S_FMT"));
    pixel_format_ = format.fmt.pix.pixelformat;
    if (pixel_format_ != V4L2_PIX_FMT_YUYV && pixel_format_ != V4L2_PIX_FMT_GREY) {
        errno = ENOTSUP;
        return fail(failure(hal::DeviceErrorKind::unsupported, "camera offers neither YUYV nor GREY"));
    }
    width_ = static_cast<int>(format.fmt.pix.width);
    height_ = static_cast<int>(format.fmt.pix.height);
    stride_ = static_cast<int>(format.fmt.pix.bytesperline);
    if (stride_ == 0) stride_ = width_ * (pixel_format_ == V4L2_PIX_FMT_YUYV ? 2 : 1);
    frame_bytes_ = format.fmt.pix.sizeimage ? format.fmt.pix.sizeimage : static_cast<std::size_t>(stride_) * height_;
    pending_.clear();
    return streaming_ ? start_streaming() : Result<void, hal::DeviceError>{};
}

Result<void, hal::DeviceError> V4l2Grabber::start_streaming() {
    v4l2_requestbuffers request{};
    request.count = 4;
    request.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    request.memory = V4L2_MEMORY_MMAP;
    if (xioctl(fd_, VIDIOC_REQBUFS, &request) != 0 || request.count < 2)
        return fail(failure(hal::DeviceErrorKind::unsupported, "VIDIOC_REQBUFS"));
    for (std::uint32_t i = 0; i < request.count; ++i) {
        v4l2_buffer buffer{};
        buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buffer.memory = V4L2_MEMORY_MMAP;
        buffer.index = i;
        if (xioctl(fd_, VIDIOC_QUERYBUF, &buffer) != 0) return fail(failure(hal::DeviceErrorKind::unsupported, "VIDIOC_QUERYBUF"));
        void* start = ::mmap(nullptr, buffer.length, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, buffer.m.offset);
        if (start == MAP_FAILED) return fail(failure(hal::DeviceErrorKind::unsupported, "mmap"));
        buffers_.push_back({start, buffer.length});
        if (xioctl(fd_, VIDIOC_QBUF, &buffer) != 0) return fail(failure(hal::DeviceErrorKind::unsupported, "VIDIOC_QBUF"));
    }
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (xioctl(fd_, VIDIOC_STREAMON, &type) != 0) return fail(failure(hal::DeviceErrorKind::unsupported, "VIDIOC_STREAMON"));
    return {};
}

void V4l2Grabber::close() {
    if (fd_ < 0) return;
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (streaming_) xioctl(fd_, VIDIOC_STREAMOFF, &type);
    for (const auto& b : buffers_) ::munmap(b.start, b.length);
    buffers_.clear();
    ::close(fd_);
    fd_ = -1;
}

Result<std::optional<GreyFrame>, hal::DeviceError> V4l2Grabber::newest(std::chrono::milliseconds timeout) {
    if (fd_ < 0) {
        errno = ENODEV;
        return fail(failure(hal::DeviceErrorKind::not_connected, "closed"));
    }
    pollfd fds[2] = {{fd_, POLLIN, 0}, {wakeup_fd_, POLLIN, 0}};
    const int ready = ::poll(fds, wakeup_fd_ >= 0 ? 2 : 1, static_cast<int>(timeout.count()));
    if (ready < 0 && errno != EINTR) return fail(failure(hal::DeviceErrorKind::not_connected, "poll"));
    const pollfd& p = fds[0];
    if (ready <= 0 || p.revents == 0) return std::optional<GreyFrame>{};
    if (p.revents & (POLLERR | POLLHUP)) {
        errno = ENODEV;
        return fail(failure(hal::DeviceErrorKind::not_connected, "camera gone"));
    }
    return streaming_ ? newest_streamed() : newest_read();
}

Result<std::optional<GreyFrame>, hal::DeviceError> V4l2Grabber::newest_streamed() {
    std::optional<v4l2_buffer> latest;
    for (;;) {
        v4l2_buffer buffer{};
        buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buffer.memory = V4L2_MEMORY_MMAP;
        if (xioctl(fd_, VIDIOC_DQBUF, &buffer) != 0) {
            if (errno == EAGAIN) break;
            return fail(failure(hal::DeviceErrorKind::not_connected, "VIDIOC_DQBUF"));
        }
        if (latest) {  // an older frame: stale, back to the driver at once
            ++dropped_;
            xioctl(fd_, VIDIOC_QBUF, &*latest);
        }
        latest = buffer;
    }
    if (!latest || latest->index >= buffers_.size()) return std::optional<GreyFrame>{};
    const auto& mapped = buffers_[latest->index];
    GreyFrame frame = to_grey({static_cast<const std::uint8_t*>(mapped.start),
                               std::min<std::size_t>(latest->bytesused, mapped.length)});
    xioctl(fd_, VIDIOC_QBUF, &*latest);
    return std::optional<GreyFrame>{std::move(frame)};
}

// read(): whatever arrived, cut into whole frames; only the last whole frame is kept.
Result<std::optional<GreyFrame>, hal::DeviceError> V4l2Grabber::newest_read() {
    std::vector<std::uint8_t> chunk(65536);
    for (;;) {
        const auto n = ::read(fd_, chunk.data(), chunk.size());
        if (n > 0) {
            pending_.insert(pending_.end(), chunk.begin(), chunk.begin() + n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) break;
        return fail(failure(hal::DeviceErrorKind::not_connected, n == 0 ? "end of stream" : "read"));
    }
    if (frame_bytes_ == 0 || pending_.size() < frame_bytes_) return std::optional<GreyFrame>{};
    const std::size_t frames = pending_.size() / frame_bytes_;
    dropped_ += frames - 1;
    const auto last = pending_.begin() + static_cast<std::ptrdiff_t>((frames - 1) * frame_bytes_);
    GreyFrame frame = to_grey({&*last, frame_bytes_});
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(frames * frame_bytes_));
    return std::optional<GreyFrame>{std::move(frame)};
}

GreyFrame V4l2Grabber::to_grey(std::span<const std::uint8_t> bytes) const {
    if (pixel_format_ == V4L2_PIX_FMT_YUYV) return grey_from_yuyv(bytes, width_, height_, stride_);
    GreyFrame frame{width_, height_, std::vector<std::uint8_t>(static_cast<std::size_t>(width_ * height_))};
    for (int y = 0; y < height_; ++y)
        for (int x = 0; x < width_; ++x) {
            const std::size_t at = static_cast<std::size_t>(y * stride_ + x);
            if (at < bytes.size()) frame.luma[static_cast<std::size_t>(y * width_ + x)] = bytes[at];
        }
    return frame;
}

}  // namespace nanhai::drivers::scanner
