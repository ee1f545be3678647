// A V4L2 camera emulated with umockdev: /dev/video7 whose VIDIOC_QUERYCAP says video capture by
// read() (umockdev cannot map a camera's buffers, so streaming is not offered) and whose
// VIDIOC_S_FMT settles on YUYV 320x240. show() writes frames for the driver's read() from a
// thread of its own (a frame is larger than the node's buffer).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct _UMockdevTestbed;
struct _UMockdevIoctlBase;
struct _UMockdevIoctlClient;

namespace nanhai::test {

class FakeV4l2Camera {
public:
    static constexpr const char* kDevicePath = "/dev/video7";
    static constexpr int kWidth = 320;
    static constexpr int kHeight = 240;

    FakeV4l2Camera();
    ~FakeV4l2Camera();
    FakeV4l2Camera(const FakeV4l2Camera&) = delete;
    FakeV4l2Camera& operator=(const FakeV4l2Camera&) = delete;

    // Frames of the scene: a QR code with `payload` on a grey background ("" for none).
    void show(const std::string& payload, int frames);
    // Until every frame shown was taken by the reader.
    void wait_shown();

    static int handle_ioctl(_UMockdevIoctlBase* handler, _UMockdevIoctlClient* client, void* self);

private:
    _UMockdevTestbed* testbed_ = nullptr;
    _UMockdevIoctlBase* handler_ = nullptr;
    int dev_fd_ = -1;
    std::atomic<bool> stop_{false};
    std::thread writer_;
};

}  // namespace nanhai::test
