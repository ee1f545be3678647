// The camera scanner through the real V4L2 ioctls and read() on a camera node emulated by
// umockdev: format negotiation, whole frames cut from the byte stream, the QR decoded on the
// scanner's thread and reported once while it stays in view.
#include <gtest/gtest.h>

#include "drivers/scanner/camera_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "drivers/scanner/v4l2_grabber.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/integration/usb/fake_v4l2_camera.hpp"

namespace nanhai::drivers::scanner {
namespace {

using drivers::test::EventRecorder;
using namespace std::chrono_literals;

TEST(CameraScanner, AQrShownToTheCameraIsReportedOnce) {
    nanhai::test::FakeV4l2Camera camera;
    ScannerOptions options{"scanner-camera", "V4L2 camera, QR", 100ms, 50ms};
    ScannerDriver driver{std::make_unique<CameraCodeSource>(
                             std::make_unique<V4l2Grabber>(V4l2Settings{nanhai::test::FakeV4l2Camera::kDevicePath})),
                         options};
    EventRecorder events;
    ASSERT_TRUE(driver.start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    camera.show("", 2);
    camera.show("NH1|A|rk1|YY202612020001|c2ln", 4);
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "NH1|A|rk1|YY202612020001|c2ln");
    EXPECT_EQ(code->symbology, "]Q1");
    camera.wait_shown();
    std::this_thread::sleep_for(300ms);  // let the driver read the frames still held up
    std::size_t scanned = 0;
    for (const auto& e : events.events()) scanned += std::holds_alternative<hal::CodeScanned>(e) ? 1 : 0;
    EXPECT_EQ(scanned, 1u) << "the same code in view is one scan";
    driver.stop();
}

TEST(CameraScanner, TheGrabberNegotiatesTheFormatAndCutsWholeFrames) {
    nanhai::test::FakeV4l2Camera camera;
    V4l2Grabber grabber{V4l2Settings{nanhai::test::FakeV4l2Camera::kDevicePath, 640, 480}};
    ASSERT_TRUE(grabber.open());
    camera.show("NH2026112800017", 3);
    std::optional<GreyFrame> frame;
    for (int i = 0; i < 50 && !frame; ++i) {
        auto got = grabber.newest(100ms);
        ASSERT_TRUE(got) << got.error().detail;
        frame = *got;
    }
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->width, 320);  // what the camera settled on, not what was asked
    EXPECT_EQ(frame->height, 240);
    const auto code = decode_qr_frame(*frame);
    ASSERT_TRUE(code);
    EXPECT_EQ(std::string(code->data.begin(), code->data.end()), "NH2026112800017");
}

}  // namespace
}  // namespace nanhai::drivers::scanner
