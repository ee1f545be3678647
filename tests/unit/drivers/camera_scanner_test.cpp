// Camera QR scanning: synthetic 640x480 frames with a QR code drawn in them (as a phone shows
// it: off-centre, on a grey background with noise), YUYV reduction, repeats suppressed while
// the code stays in view, and the V4L2 grabber's refusals on nodes that are not cameras.
#include <gtest/gtest.h>

#include <deque>
#include <random>

#include "common/gb18030.hpp"
#include "drivers/receipt/barcode_raster.hpp"
#include "drivers/scanner/camera_source.hpp"
#include "drivers/scanner/qr_frame.hpp"
#include "drivers/scanner/v4l2_grabber.hpp"

namespace nanhai::drivers::scanner {
namespace {

using namespace std::chrono_literals;

GreyFrame frame_with_qr(const std::string& payload, int x0 = 180, int y0 = 90, unsigned seed = 7) {
    GreyFrame frame{640, 480, std::vector<std::uint8_t>(640 * 480)};
    std::mt19937 noise{seed};
    for (auto& p : frame.luma) p = static_cast<std::uint8_t>(150 + noise() % 40);  // a grey hall
    if (payload.empty()) return frame;
    const auto symbol = qr_raster(payload, 6, 400).value();
    const int quiet = 24;
    for (int y = -quiet; y < symbol.height() + quiet; ++y)
        for (int x = -quiet; x < symbol.width() + quiet; ++x) {
            const bool black = symbol.black(x, y);
            frame.luma[static_cast<std::size_t>((y0 + y) * 640 + x0 + x)] =
                static_cast<std::uint8_t>(black ? 30 + noise() % 30 : 220 + noise() % 30);
        }
    return frame;
}

TEST(QrFrame, DecodesAQrHeldInFrontOfTheCamera) {
    const std::string slip = "NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|c2lnbmF0dXJl";
    const auto code = decode_qr_frame(frame_with_qr(slip));
    ASSERT_TRUE(code);
    EXPECT_EQ(std::string(code->data.begin(), code->data.end()), slip);
}

TEST(QrFrame, EmptyAndMalformedFramesHoldNoCode) {
    EXPECT_FALSE(decode_qr_frame(frame_with_qr("")));
    EXPECT_FALSE(decode_qr_frame(GreyFrame{640, 480, std::vector<std::uint8_t>(10)}));
    EXPECT_FALSE(decode_qr_frame(GreyFrame{}));
}

TEST(QrFrame, YuyvKeepsTheLuminance) {
    const auto grey = frame_with_qr("NH2026112800017");
    std::vector<std::uint8_t> yuyv(640 * 2 * 480);
    for (std::size_t i = 0; i < grey.luma.size(); ++i) {
        yuyv[i * 2] = grey.luma[i];
        yuyv[i * 2 + 1] = 128;
    }
    const auto back = grey_from_yuyv(yuyv, 640, 480, 640 * 2);
    EXPECT_EQ(back.luma, grey.luma);
    ASSERT_TRUE(decode_qr_frame(back));
}

// Frames a test hands out, newest first, as a camera driver queue would.
class ScriptedGrabber final : public FrameGrabber {
public:
    std::deque<std::vector<GreyFrame>> batches;  // each call to newest() takes one batch
    bool unplugged = false;
    Result<void, hal::DeviceError> open() override { return {}; }
    void close() override {}
    Result<std::optional<GreyFrame>, hal::DeviceError> newest(std::chrono::milliseconds) override {
        if (unplugged) return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, "gone"});
        if (batches.empty()) return std::optional<GreyFrame>{};
        auto batch = std::move(batches.front());
        batches.pop_front();
        dropped_ += batch.size() - 1;
        return std::optional<GreyFrame>{std::move(batch.back())};
    }
    std::size_t dropped_frames() const override { return dropped_; }
    std::string location() const override { return "scripted"; }

private:
    std::size_t dropped_ = 0;
};

TEST(CameraSource, OnlyTheNewestFrameIsDecodedAndACodeInViewIsReportedOnce) {
    auto grabber = std::make_unique<ScriptedGrabber>();
    auto* script = grabber.get();
    // Two stale frames with an old code, then the current one.
    script->batches.push_back({frame_with_qr("OLD-1"), frame_with_qr("OLD-2"), frame_with_qr("NH2026112800017")});
    script->batches.push_back({frame_with_qr("NH2026112800017", 200, 100, 9)});  // still held up
    script->batches.push_back({frame_with_qr("")});
    CameraCodeSource source{std::move(grabber), 10s};
    ASSERT_TRUE(source.open());
    auto first = source.next(10ms);
    ASSERT_TRUE(first && *first);
    EXPECT_EQ(std::string((*first)->data.begin(), (*first)->data.end()), "NH2026112800017");
    EXPECT_EQ((*first)->symbology, "]Q1");
    auto second = source.next(10ms);
    ASSERT_TRUE(second);
    EXPECT_FALSE(*second) << "the same code still in view is not a new scan";
    auto third = source.next(10ms);
    ASSERT_TRUE(third);
    EXPECT_FALSE(*third);
    EXPECT_EQ(script->dropped_frames(), 2u);
    EXPECT_EQ(source.frames_decoded(), 3u);
}

TEST(CameraSource, TheSameCodeShownAgainLaterIsANewScan) {
    auto grabber = std::make_unique<ScriptedGrabber>();
    auto* script = grabber.get();
    script->batches.push_back({frame_with_qr("NH2026112800017")});
    script->batches.push_back({frame_with_qr("NH2026112800017")});
    CameraCodeSource source{std::move(grabber), 0ms};  // no hold-off: every sighting counts
    ASSERT_TRUE(source.open());
    auto first = source.next(10ms);
    auto second = source.next(10ms);
    ASSERT_TRUE(first && *first && second && *second);
}

TEST(CameraSource, UnpluggedCameraIsNotConnected) {
    auto grabber = std::make_unique<ScriptedGrabber>();
    grabber->unplugged = true;
    CameraCodeSource source{std::move(grabber)};
    auto next = source.next(10ms);
    ASSERT_FALSE(next);
    EXPECT_EQ(next.error().kind, hal::DeviceErrorKind::not_connected);
}

TEST(V4l2Grabber, RefusesNodesThatAreNotCameras) {
    V4l2Grabber missing{V4l2Settings{"/dev/nonexistent-video"}};
    auto opened = missing.open();
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, hal::DeviceErrorKind::not_connected);
    V4l2Grabber not_video{V4l2Settings{"/dev/null"}};
    opened = not_video.open();
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, hal::DeviceErrorKind::unsupported);
    EXPECT_NE(opened.error().detail.find("not a V4L2 device"), std::string::npos) << opened.error().detail;
}

}  // namespace
}  // namespace nanhai::drivers::scanner
