// Headless rendering: frames are reproducible byte for byte, the gallery renders in every
// language / mode / orientation (PNGs written for people to look at), the text really is
// drawn, and golden images match within tolerance.
#include <gtest/gtest.h>

#include <cstdlib>

#include "kiosk/ui/golden_image.hpp"
#include "kiosk/ui/image_io.hpp"
#include "tests/unit/ui/ui_test_support.hpp"

namespace nanhai::kiosk::ui {
namespace {

std::string variant_name(GalleryScreen screen, const std::string& lang, UiMode mode, int w, int h) {
    return std::string(gallery_screen_id(screen)) + "-" + lang + "-" +
           (mode == UiMode::elder ? "elder" : "normal") + "-" + std::to_string(w) + "x" +
           std::to_string(h);
}

// Distinct colours in the image: a blank or clipped frame has very few.
std::size_t count_pixels_of(const RgbImage& image, Rgb colour) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < image.pixels.size(); i += 3)
        n += image.pixels[i] == colour.r && image.pixels[i + 1] == colour.g &&
             image.pixels[i + 2] == colour.b;
    return n;
}

class UiRenderTest : public ::testing::Test {
protected:
    void SetUp() override {
        renderer_ = test::UiTestEnv::get().renderer.get();
        ASSERT_NE(renderer_, nullptr);
    }
    HeadlessRenderer* renderer_ = nullptr;
};

TEST_F(UiRenderTest, TwoRendersOfTheSameFrameAreByteIdentical) {
    const auto draw = test::gallery_frame(GalleryScreen::printer_no_paper, "zh-CN", UiMode::elder);
    const RenderedFrame a = renderer_->render(1920, 1080, draw);
    renderer_->render(1080, 1920, draw);  // resizing in between must not leak into the frame
    const RenderedFrame b = renderer_->render(1920, 1080, draw);
    ASSERT_EQ(a.image.pixels.size(), 1920u * 1080u * 3u);
    EXPECT_TRUE(a.image.pixels == b.image.pixels);
}

TEST_F(UiRenderTest, FrameShowsTheThemeAndText) {
    const Theme theme = Theme::elder();
    const RenderedFrame f =
        renderer_->render(1920, 1080, test::gallery_frame(GalleryScreen::home, "zh-CN", UiMode::elder));
    const std::size_t total = 1920u * 1080u;
    EXPECT_GT(count_pixels_of(f.image, theme.palette.title_bar), total / 20);
    EXPECT_GT(count_pixels_of(f.image, theme.palette.primary), total / 5);
    // Text is drawn in white on the buttons: glyph cores are exactly the text colour.
    EXPECT_GT(count_pixels_of(f.image, theme.palette.primary_text), 20000u);
}

TEST_F(UiRenderTest, GalleryRendersEveryVariantWithoutMissingStrings) {
    const auto out = test::ui_test_output_dir() / "gallery";
    for (const GalleryScreen screen : kGalleryScreens)
        for (const std::string lang : {"zh-CN", "en"})
            for (const UiMode mode : {UiMode::normal, UiMode::elder})
                for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
                    const RenderedFrame f = renderer_->render(w, h, test::gallery_frame(screen, lang, mode));
                    const auto file = out / (variant_name(screen, lang, mode, w, h) + ".png");
                    const auto written = write_png(file, f.image);
                    EXPECT_TRUE(written) << written.error();
                }
    EXPECT_TRUE(test::UiTestEnv::get().zh.missing_keys().empty());
    EXPECT_TRUE(test::UiTestEnv::get().en.missing_keys().empty());
}

// Goldens are stored 4x downscaled; KIOSK_UPDATE_GOLDENS=1 rewrites them after a deliberate
// change (look at the PNGs in the output directory first).
TEST_F(UiRenderTest, GalleryMatchesGoldenImages) {
    GoldenOptions options;
    options.update = std::getenv("KIOSK_UPDATE_GOLDENS") != nullptr;
    options.max_differing_pixels = 50;
    options.edge_shift = 1;
    options.failure_dir = test::ui_test_output_dir() / "golden-failures";
    for (const GalleryScreen screen : kGalleryScreens)
        for (const auto& [lang, mode, w, h] :
             {std::tuple{"zh-CN", UiMode::normal, 1920, 1080}, std::tuple{"en", UiMode::elder, 1080, 1920}}) {
            const RenderedFrame f = renderer_->render(w, h, test::gallery_frame(screen, lang, mode));
            const auto golden = test::golden_dir() / (variant_name(screen, lang, mode, w, h) + ".png");
            const auto result = check_golden(f.image, golden, options);
            EXPECT_TRUE(result) << result.error();
        }
}

TEST(UiImageTest, CompareImagesCountsPixelsBeyondTheTolerance) {
    RgbImage a{2, 2, std::vector<std::uint8_t>(12, 100)};
    RgbImage b = a;
    b.pixels[0] = 104;   // within tolerance 5
    b.pixels[4] = 120;   // pixel 1 off by 20
    b.pixels[11] = 0;    // pixel 3 off by 100
    const ImageDiff d = compare_images(a, b, 5);
    EXPECT_TRUE(d.same_size);
    EXPECT_EQ(d.differing_pixels, 2u);
    EXPECT_EQ(d.max_channel_difference, 100);
    EXPECT_EQ(compare_images(a, a, 0).differing_pixels, 0u);
    EXPECT_FALSE(compare_images(a, RgbImage{1, 2, std::vector<std::uint8_t>(6, 0)}, 0).same_size);
}

// A one-pixel line drawn a pixel further right (another CPU's rasteriser) still matches with
// edge_shift 1; a line that is not in the other image at all does not.
TEST(UiImageTest, EdgeShiftForgivesAMovedLineButNotANewOne) {
    const auto canvas = [] { return RgbImage{8, 8, std::vector<std::uint8_t>(8 * 8 * 3, 255)}; };
    const auto line_at = [](RgbImage image, int x) {
        for (int y = 1; y < 7; ++y)
            for (int c = 0; c < 3; ++c) image.pixels[image.offset(x, y) + static_cast<std::size_t>(c)] = 0;
        return image;
    };
    const RgbImage golden = line_at(canvas(), 3);
    const RgbImage moved = line_at(canvas(), 4);
    EXPECT_EQ(compare_images(golden, moved, 8).differing_pixels, 12u);
    EXPECT_EQ(compare_images(golden, moved, 8, 1).differing_pixels, 0u);
    const RgbImage extra = line_at(golden, 6);
    EXPECT_EQ(compare_images(golden, extra, 8, 1).differing_pixels, 6u);
    EXPECT_EQ(compare_images(golden, canvas(), 8, 1).differing_pixels, 6u);
}

TEST(UiImageTest, DownscaleAveragesBlocks) {
    RgbImage a{4, 2, std::vector<std::uint8_t>(24, 0)};
    for (int x = 0; x < 2; ++x)
        for (int y = 0; y < 2; ++y) a.pixels[a.offset(x, y)] = 200;  // left block red 200
    const RgbImage s = downscale(a, 2);
    ASSERT_EQ(s.width, 2);
    ASSERT_EQ(s.height, 1);
    EXPECT_EQ(s.pixels[0], 200);
    EXPECT_EQ(s.pixels[3], 0);
}

TEST(UiImageTest, PngRoundTripAndGoldenCheck) {
    const auto dir = test::ui_test_output_dir() / "png-roundtrip";
    RgbImage img{8, 4, {}};
    for (int i = 0; i < 8 * 4 * 3; ++i) img.pixels.push_back(static_cast<std::uint8_t>(i * 7));
    ASSERT_TRUE(write_png(dir / "a.png", img));
    const auto back = read_png(dir / "a.png");
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(back->pixels, img.pixels);

    GoldenOptions options;
    options.downscale_factor = 1;
    options.channel_tolerance = 0;
    EXPECT_TRUE(check_golden(img, dir / "a.png", options));
    RgbImage changed = img;
    changed.pixels[5] ^= 0xFF;
    const auto mismatch = check_golden(changed, dir / "a.png", options);
    ASSERT_FALSE(mismatch);
    EXPECT_NE(mismatch.error().find("1 pixels differ"), std::string::npos);
    options.max_differing_pixels = 1;
    EXPECT_TRUE(check_golden(changed, dir / "a.png", options));
    EXPECT_FALSE(check_golden(img, dir / "missing.png", options));
}

}  // namespace
}  // namespace nanhai::kiosk::ui
