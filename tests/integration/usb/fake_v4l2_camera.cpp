// The umockdev V4L2 camera (see fake_v4l2_camera.hpp).
#include "tests/integration/usb/fake_v4l2_camera.hpp"

#include <errno.h>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <poll.h>
#include <unistd.h>
#include <umockdev.h>

#include <cstring>
#include <stdexcept>

#include "drivers/receipt/barcode_raster.hpp"

namespace nanhai::test {
namespace {

std::vector<std::uint8_t> yuyv_scene(const std::string& payload) {
    constexpr int w = FakeV4l2Camera::kWidth, h = FakeV4l2Camera::kHeight;
    std::vector<std::uint8_t> luma(static_cast<std::size_t>(w * h), 160);
    if (!payload.empty()) {
        const auto symbol = drivers::qr_raster(payload, 4, 200).value();
        const int x0 = (w - symbol.width()) / 2, y0 = (h - symbol.height()) / 2;
        for (int y = -12; y < symbol.height() + 12; ++y)
            for (int x = -12; x < symbol.width() + 12; ++x)
                luma[static_cast<std::size_t>((y0 + y) * w + x0 + x)] = symbol.black(x, y) ? 35 : 225;
    }
    std::vector<std::uint8_t> yuyv(luma.size() * 2);
    for (std::size_t i = 0; i < luma.size(); ++i) {
        yuyv[i * 2] = luma[i];
        yuyv[i * 2 + 1] = 128;
    }
    return yuyv;
}

}  // namespace

int FakeV4l2Camera::handle_ioctl(_UMockdevIoctlBase*, _UMockdevIoctlClient* client, void*) {
    const auto request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    if (request == VIDIOC_QUERYCAP) {
        UMockdevIoctlData* data = umockdev_ioctl_data_resolve(arg, 0, sizeof(v4l2_capability), nullptr);
        auto* caps = reinterpret_cast<v4l2_capability*>(data->data);
        std::memset(caps, 0, sizeof *caps);
        std::strcpy(reinterpret_cast<char*>(caps->driver), "umockdev");
        std::strcpy(reinterpret_cast<char*>(caps->card), "Test camera");
        caps->device_caps = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_READWRITE;
        caps->capabilities = caps->device_caps | V4L2_CAP_DEVICE_CAPS;
        umockdev_ioctl_data_unref(data);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    if (request == VIDIOC_S_FMT) {
        UMockdevIoctlData* data = umockdev_ioctl_data_resolve(arg, 0, sizeof(v4l2_format), nullptr);
        auto* format = reinterpret_cast<v4l2_format*>(data->data);
        format->fmt.pix.width = kWidth;
        format->fmt.pix.height = kHeight;
        format->fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
        format->fmt.pix.bytesperline = kWidth * 2;
        format->fmt.pix.sizeimage = kWidth * 2 * kHeight;
        umockdev_ioctl_data_unref(data);
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    umockdev_ioctl_client_complete(client, -1, EINVAL);
    return TRUE;
}

FakeV4l2Camera::FakeV4l2Camera() {
    testbed_ = umockdev_testbed_new();
    const char* device =
        "P: /devices/virtual/video4linux/video7\nN: video7\nE: SUBSYSTEM=video4linux\nE: DEVNAME=/dev/video7\n";
    if (!umockdev_testbed_add_from_string(testbed_, device, nullptr)) throw std::runtime_error{"umockdev: cannot add video7"};
    dev_fd_ = umockdev_testbed_get_dev_fd(testbed_, kDevicePath);
    ::fcntl(dev_fd_, F_SETFL, ::fcntl(dev_fd_, F_GETFL) | O_NONBLOCK);
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&FakeV4l2Camera::handle_ioctl), this);
    umockdev_testbed_attach_ioctl(testbed_, kDevicePath, handler_, nullptr);
}

FakeV4l2Camera::~FakeV4l2Camera() {
    stop_ = true;  // frames nobody will read any more
    wait_shown();
    umockdev_testbed_detach_ioctl(testbed_, kDevicePath, nullptr);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
}

void FakeV4l2Camera::show(const std::string& payload, int frames) {
    wait_shown();
    writer_ = std::thread{[this, scene = yuyv_scene(payload), frames] {
        for (int f = 0; f < frames; ++f)
            for (std::size_t at = 0; at < scene.size() && !stop_;) {
                const auto n = ::write(dev_fd_, scene.data() + at, scene.size() - at);
                if (n > 0) at += static_cast<std::size_t>(n);
                else if (errno == EAGAIN) {
                    pollfd p{dev_fd_, POLLOUT, 0};
                    ::poll(&p, 1, 100);
                } else if (errno != EINTR) return;
            }
    }};
}

void FakeV4l2Camera::wait_shown() {
    if (writer_.joinable()) writer_.join();
}

}  // namespace nanhai::test
