// Receipt rendering: real fonts, real ZXing. Rendered QR codes and barcodes must decode back to
// their payloads, widths must match the paper, and characters the font lacks must be reported.
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "drivers/receipt/png_io.hpp"
#include "drivers/receipt/receipt_renderer.hpp"
#include "drivers/receipt/test_page.hpp"

namespace nanhai::drivers {
namespace {

using hal::Align;
using hal::TextLine;
using hal::TextSize;

constexpr std::string_view kQrPayload = "https://zwfw.nanhai.example/c/NH2026112800017";
constexpr std::string_view kBarcode = "NH2026112800017";

hal::ReceiptDocument acceptance_receipt() {
    hal::ReceiptDocument doc{"acceptance_receipt", {}};
    auto& e = doc.elements;
    e.emplace_back(TextLine{"佛山市南海区行政服务中心", TextSize::large, true, Align::center});
    e.emplace_back(TextLine{"受理回执", TextSize::large, false, Align::center});
    e.emplace_back(hal::Separator{});
    e.emplace_back(TextLine{"申请人：陈*玲", TextSize::normal, false, Align::left});
    e.emplace_back(TextLine{"证件号码：4406**********0528", TextSize::normal, false, Align::left});
    e.emplace_back(
        TextLine{"办理事项：食品经营许可证（新办）", TextSize::normal, false, Align::left});
    e.emplace_back(TextLine{"受理编号：NH2026112800017", TextSize::normal, true, Align::left});
    e.emplace_back(TextLine{"受理时间：2026-11-28 09:30", TextSize::normal, false, Align::left});
    e.emplace_back(
        TextLine{"承诺办结：2026-12-12（10个工作日）", TextSize::normal, false, Align::left});
    e.emplace_back(hal::Separator{});
    e.emplace_back(TextLine{"扫码查询办理进度", TextSize::normal, false, Align::center});
    e.emplace_back(hal::QrCode{std::string{kQrPayload}, 6});
    e.emplace_back(hal::Barcode{std::string{kBarcode}});
    e.emplace_back(TextLine{"请妥善保管本回执", TextSize::normal, false, Align::center});
    e.emplace_back(TextLine{"自助终端 NH-KIOSK-0001", TextSize::normal, false, Align::right});
    e.emplace_back(hal::Feed{2});
    e.emplace_back(hal::Cut{true});
    return doc;
}

RenderOptions options_for(int mm) {
    RenderOptions options;
    options.width_dots = paper_width_dots(mm).value();
    return options;
}

ZXing::Result decode(const MonoRaster& raster, ZXing::BarcodeFormat format) {
    std::vector<std::uint8_t> lum(static_cast<std::size_t>(raster.width() * raster.height()), 255);
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < raster.width(); ++x)
            if (raster.black(x, y)) lum[static_cast<std::size_t>(y * raster.width() + x)] = 0;
    return ZXing::ReadBarcode(
        ZXing::ImageView{lum.data(), raster.width(), raster.height(), ZXing::ImageFormat::Lum},
        ZXing::DecodeHints{}.setFormats(format).setTryHarder(true));
}

int black_dots(const MonoRaster& raster) {
    int count = 0;
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < raster.width(); ++x) count += raster.black(x, y) ? 1 : 0;
    return count;
}

int leftmost_black(const MonoRaster& raster) {
    for (int x = 0; x < raster.width(); ++x)
        for (int y = 0; y < raster.height(); ++y)
            if (raster.black(x, y)) return x;
    return -1;
}

RenderedReceipt render_one(hal::ReceiptElement element, int mm = 80) {
    hal::ReceiptDocument doc{"test", {std::move(element)}};
    auto rendered = render_receipt(doc, options_for(mm));
    EXPECT_TRUE(rendered) << (rendered ? "" : rendered.error());
    return rendered ? std::move(*rendered) : RenderedReceipt{};
}

TEST(ReceiptRender, AcceptanceReceiptIs576DotsWideWithEveryChineseGlyph) {
    auto rendered = render_receipt(acceptance_receipt(), options_for(80));
    ASSERT_TRUE(rendered) << rendered.error();
    EXPECT_EQ(rendered->raster.width(), 576);
    EXPECT_GT(rendered->raster.height(), 600);
    EXPECT_TRUE(rendered->missing_code_points.empty());
    ASSERT_EQ(rendered->cuts.size(), 1u);
    EXPECT_EQ(rendered->cuts[0].row, rendered->raster.height());
    // Kept for looking at: the receipt as the simulated printer would print it.
    const auto png = std::filesystem::path{::testing::TempDir()} / "receipt_render_acceptance.png";
    EXPECT_TRUE(write_png(rendered->raster, png));
}

TEST(ReceiptRender, QrCodeDecodesBackToItsPayload) {
    auto rendered = render_receipt(acceptance_receipt(), options_for(80));
    ASSERT_TRUE(rendered) << rendered.error();
    auto result = decode(rendered->raster, ZXing::BarcodeFormat::QRCode);
    ASSERT_TRUE(result.isValid());
    EXPECT_EQ(result.text(), kQrPayload);
}

TEST(ReceiptRender, Code128DecodesBackToItsData) {
    auto rendered = render_one(hal::Barcode{std::string{kBarcode}});
    auto result = decode(rendered.raster, ZXing::BarcodeFormat::Code128);
    ASSERT_TRUE(result.isValid());
    EXPECT_EQ(result.text(), kBarcode);
}

TEST(ReceiptRender, FiftyEightMillimetrePaperIs384DotsAndQrStillDecodes) {
    auto rendered = render_receipt(acceptance_receipt(), options_for(58));
    ASSERT_TRUE(rendered) << rendered.error();
    EXPECT_EQ(rendered->raster.width(), 384);
    auto result = decode(rendered->raster, ZXing::BarcodeFormat::QRCode);
    ASSERT_TRUE(result.isValid());
    EXPECT_EQ(result.text(), kQrPayload);
}

TEST(ReceiptRender, PaperWidthsOtherThan80And58AreRefused) {
    EXPECT_EQ(paper_width_dots(80).value(), 576);
    EXPECT_EQ(paper_width_dots(58).value(), 384);
    auto odd = paper_width_dots(76);
    ASSERT_FALSE(odd);
    EXPECT_NE(odd.error().find("76"), std::string::npos);
}

TEST(ReceiptRender, CharactersOutsideTheFontAreBoxedAndReportedOnce) {
    // U+20000 (CJK Extension B, a rare name character) and U+E000 (private use).
    auto rendered = render_one(
        TextLine{"姓名：\U00020000\uE000明\U00020000", TextSize::normal, false, Align::left});
    EXPECT_EQ(rendered.missing_code_points, (std::vector<char32_t>{0x20000, 0xE000}));
    auto without = render_one(TextLine{"姓名：明", TextSize::normal, false, Align::left});
    EXPECT_GT(black_dots(rendered.raster), black_dots(without.raster) + 100)
        << "missing characters must leave a visible box";
}

TEST(ReceiptRender, MalformedUtf8IsReportedNotDropped) {
    auto rendered =
        render_one(TextLine{"A\xff"
                            "B",
                            TextSize::normal, false, Align::left});
    EXPECT_EQ(rendered.missing_code_points, (std::vector<char32_t>{0xFFFD}));
}

TEST(ReceiptRender, LargeAndHugeTextAreTwiceAndThreeTimesAsTall) {
    const int normal = render_one(TextLine{"A008", TextSize::normal}).raster.height();
    const int large = render_one(TextLine{"A008", TextSize::large}).raster.height();
    const int huge = render_one(TextLine{"A008", TextSize::huge}).raster.height();
    const int margins = render_one(hal::Feed{0}).raster.height();
    EXPECT_EQ(large - margins, 2 * (normal - margins));
    EXPECT_EQ(huge - margins, 3 * (normal - margins));
}

TEST(ReceiptRender, BoldInksMoreThanRegular) {
    auto regular = render_one(TextLine{"受理回执", TextSize::normal, false});
    auto bold = render_one(TextLine{"受理回执", TextSize::normal, true});
    EXPECT_GT(black_dots(bold.raster), black_dots(regular.raster) * 11 / 10);
}

TEST(ReceiptRender, AlignmentMovesTheLine) {
    const int left =
        leftmost_black(render_one(TextLine{"南海", TextSize::normal, false, Align::left}).raster);
    const int center =
        leftmost_black(render_one(TextLine{"南海", TextSize::normal, false, Align::center}).raster);
    const int right =
        leftmost_black(render_one(TextLine{"南海", TextSize::normal, false, Align::right}).raster);
    EXPECT_LT(left, 24);
    EXPECT_GT(center, 240);
    EXPECT_GT(right, 500);
}

TEST(ReceiptRender, LongTextWrapsWithinThePaper) {
    const std::string line =
        "根据《广东省政务服务事项办理规定》，申请材料齐全、符合法定形式，本机关决定予以受理。";
    const int one = render_one(TextLine{"受理", TextSize::normal}).raster.height();
    auto wrapped = render_one(TextLine{line, TextSize::normal}, 58);
    EXPECT_GE(wrapped.raster.height(), one + 2 * 30);
    EXPECT_TRUE(wrapped.missing_code_points.empty());
}

TEST(ReceiptRender, LatinWordsMoveWholeToTheNextLine) {
    // 30 "word " groups: if words were split, some line would end in the middle of one; we
    // check that the right margin is never crossed and the text took several lines.
    std::string text;
    for (int i = 0; i < 30; ++i) text += "receipt ";
    auto rendered = render_one(TextLine{text, TextSize::normal}, 58);
    for (int y = 0; y < rendered.raster.height(); ++y)
        for (int x = 384 - 8; x < 384; ++x) ASSERT_FALSE(rendered.raster.black(x, y));
    EXPECT_GT(rendered.raster.height(), 4 * 30);
}

TEST(ReceiptRender, ImagesAreCentredAndScaledToFit) {
    hal::MonoImage wide{800, 10, std::vector<std::uint8_t>(8000, 1)};
    auto rendered = render_one(wide, 58);
    EXPECT_EQ(rendered.raster.width(), 384);
    EXPECT_EQ(black_dots(rendered.raster), 384 * 4) << "800x10 scaled to 384x4";
    EXPECT_EQ(leftmost_black(rendered.raster), 0);
}

TEST(ReceiptRender, InconsistentImageIsAnError) {
    hal::ReceiptDocument doc{"bad", {hal::MonoImage{10, 10, std::vector<std::uint8_t>(5, 1)}}};
    EXPECT_FALSE(render_receipt(doc, options_for(80)));
}

TEST(ReceiptRender, QrPayloadTooLongIsAnErrorNotAThrow) {
    hal::ReceiptDocument doc{"bad", {hal::QrCode{std::string(8000, 'x'), 6}}};
    auto rendered = render_receipt(doc, options_for(80));
    ASSERT_FALSE(rendered);
    EXPECT_NE(rendered.error().find("QR"), std::string::npos);
}

TEST(ReceiptRender, NoUsableFontIsAnErrorNamingThePaths) {
    auto options = options_for(80);
    options.fonts = {{"/nonexistent/font.ttc", 0}};
    auto rendered = render_receipt(acceptance_receipt(), options);
    ASSERT_FALSE(rendered);
    EXPECT_NE(rendered.error().find("/nonexistent/font.ttc"), std::string::npos);
}

TEST(ReceiptRender, NotoFallbackFaceRendersChineseToo) {
    auto options = options_for(80);
    options.fonts = {{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2}};
    auto rendered = render_receipt(acceptance_receipt(), options);
    ASSERT_TRUE(rendered) << rendered.error();
    EXPECT_TRUE(rendered->missing_code_points.empty());
}

TEST(ReceiptRender, TestPageHasEveryGlyph) {
    hal::DeviceInfo info{hal::DeviceClass::receipt_printer, "sim", "model", "SN1", "", ""};
    auto rendered = render_receipt(make_test_page(info), options_for(58));
    ASSERT_TRUE(rendered) << rendered.error();
    EXPECT_TRUE(rendered->missing_code_points.empty());
    EXPECT_EQ(rendered->cuts.size(), 1u);
}

TEST(ReceiptRender, PngRoundTripKeepsEveryDot) {
    auto rendered = render_receipt(acceptance_receipt(), options_for(58));
    ASSERT_TRUE(rendered) << rendered.error();
    const auto path = std::filesystem::path{::testing::TempDir()} / "receipt_render_roundtrip.png";
    ASSERT_TRUE(write_png(rendered->raster, path));
    auto back = read_png(path);
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(*back, rendered->raster);
    std::filesystem::remove(path);
}

TEST(ReceiptRender, PackedRowsAreMostSignificantBitFirst) {
    MonoRaster raster{10, 1};
    raster.set_black(0, 0);
    raster.set_black(9, 0);
    EXPECT_EQ(raster.packed_row(0), (std::vector<std::uint8_t>{0x80, 0x40}));
}

}  // namespace
}  // namespace nanhai::drivers
