// The ESC/POS encoder, read back by the virtual printer's interpreter: what the printer
// understands must be what the document says, in both strategies, with real fonts and ZXing.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/gb18030.hpp"
#include "drivers/escpos/commands.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "tests/support/raster_symbols.hpp"
#include "tests/virtual_printer/escpos_interpreter.hpp"

namespace nanhai::drivers::escpos {
namespace {

using hal::Align;
using hal::TextLine;
using hal::TextSize;
using test::EscposInterpreter;
using test::PrintedSlip;

constexpr const char* kChineseSentence = "南海区政务服务中心欢迎您，请按提示办理。";
constexpr const char* kRareName = "申请人：王𠮷";  // U+20BB7 is four bytes in GB18030

EncodedReceipt encode(const hal::ReceiptDocument& document, Strategy strategy = Strategy::text,
                      QrMode qr = QrMode::native, int width_dots = kDotsPer80mmPaper) {
    EncoderOptions options;
    options.strategy = strategy;
    options.qr = qr;
    options.render.width_dots = width_dots;
    auto encoded = encode_receipt(document, options);
    EXPECT_TRUE(encoded) << (encoded ? "" : encoded.error());
    return encoded ? std::move(*encoded) : EncodedReceipt{};
}

std::vector<PrintedSlip> print(const EncodedReceipt& encoded) {
    EscposInterpreter printer;
    EXPECT_TRUE(printer.receive(encoded.bytes).empty());
    EXPECT_TRUE(printer.unknown_commands().empty()) << printer.unknown_commands().front();
    return printer.slips();
}

hal::ReceiptDocument slip(std::vector<hal::ReceiptElement> elements) {
    elements.emplace_back(hal::Cut{true});
    return {"test", std::move(elements)};
}

template <class T>
std::vector<T> elements_of(const PrintedSlip& slip) {
    std::vector<T> out;
    for (const auto& e : slip.elements)
        if (const auto* x = std::get_if<T>(&e)) out.push_back(*x);
    return out;
}

TEST(EscposEncoder, ChineseSentenceRoundTripsThroughGb18030) {
    const auto encoded = encode(slip({TextLine{kChineseSentence, TextSize::normal, false, Align::left}}));
    const auto slips = print(encoded);
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_TRUE(slips[0].complete);
    EXPECT_EQ(slips[0].text(), std::vector<std::string>{kChineseSentence});
    EXPECT_EQ(encoded.drawn_lines, 0);
    // The bytes on the wire are GB18030, not UTF-8: 中 is D6 D0.
    const auto zhong = std::vector<std::uint8_t>{0xD6, 0xD0};
    EXPECT_NE(std::search(encoded.bytes.begin(), encoded.bytes.end(), zhong.begin(), zhong.end()), encoded.bytes.end());
}

TEST(EscposEncoder, StartsWithInitialiseAndChineseMode) {
    const auto encoded = encode(slip({TextLine{"A", TextSize::normal, false, Align::left}}));
    const std::vector<std::uint8_t> head{0x1B, 0x40, 0x1C, 0x26};
    ASSERT_GE(encoded.bytes.size(), head.size());
    EXPECT_TRUE(std::equal(head.begin(), head.end(), encoded.bytes.begin()));
}

TEST(EscposEncoder, SizeWeightAndAlignmentReachThePrinter) {
    const auto slips = print(encode(slip({TextLine{"受理回执", TextSize::large, true, Align::center},
                                          TextLine{"A012", TextSize::huge, false, Align::right},
                                          TextLine{"left", TextSize::normal, false, Align::left}})));
    ASSERT_EQ(slips.size(), 1u);
    const auto lines = elements_of<TextLine>(slips[0]);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].size, TextSize::large);
    EXPECT_TRUE(lines[0].bold);
    EXPECT_EQ(lines[0].align, Align::center);
    EXPECT_EQ(lines[1].size, TextSize::huge);
    EXPECT_FALSE(lines[1].bold);
    EXPECT_EQ(lines[1].align, Align::right);
    EXPECT_EQ(lines[2].size, TextSize::normal);
    EXPECT_EQ(lines[2].align, Align::left);
}

TEST(EscposEncoder, RareNameCharacterFallsBackToRasterForThatLineOnly) {
    const auto encoded = encode(slip({TextLine{"受理回执", TextSize::normal, false, Align::left},
                                      TextLine{kRareName, TextSize::normal, false, Align::left}}));
    EXPECT_EQ(encoded.drawn_lines, 1);
    EXPECT_TRUE(encoded.missing_code_points.empty());  // the font has it; the printer has not
    const auto slips = print(encoded);
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].text(), std::vector<std::string>{"受理回执"});
    const auto images = elements_of<hal::MonoImage>(slips[0]);
    ASSERT_EQ(images.size(), 1u);
    EXPECT_EQ(images[0].width, kDotsPer80mmPaper);
    EXPECT_GT(std::count(images[0].pixels.begin(), images[0].pixels.end(), 1), 100);
    // No four-byte GB18030 ever reaches a printer that cannot print it.
    const auto rare = utf8_to_gb18030("𠮷").value();
    EXPECT_EQ(std::search(encoded.bytes.begin(), encoded.bytes.end(), rare.begin(), rare.end()), encoded.bytes.end());
}

TEST(EscposEncoder, MalformedUtf8IsDrawnAndReportedNotSentAsBytes) {
    const auto encoded = encode(slip({TextLine{std::string{"ab\xFF"}, TextSize::normal, false, Align::left}}));
    EXPECT_EQ(encoded.drawn_lines, 1);
    EXPECT_FALSE(encoded.missing_code_points.empty());
}

TEST(EscposEncoder, AsciiQrIsNativeAndDecodesFromWhatThePrinterDraws) {
    const std::string payload = "NHR1.NH2026112800017.sig-AbC_09";
    const auto encoded = encode(slip({hal::QrCode{payload, 6}}));
    EXPECT_EQ(encoded.drawn_codes, 0);
    const auto slips = print(encoded);
    ASSERT_EQ(slips.size(), 1u);
    const auto codes = elements_of<hal::QrCode>(slips[0]);
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].payload, payload);
    EXPECT_EQ(codes[0].module_dots, 6);
}

TEST(EscposEncoder, NonAsciiQrAndRasterQrModeAreDrawnAndStillDecode) {
    for (auto [payload, mode] : {std::pair{std::string{"南海 NH2026"}, QrMode::native},
                                 std::pair{std::string{"NH2026112800017"}, QrMode::raster}}) {
        const auto encoded = encode(slip({hal::QrCode{payload, 6}}), Strategy::text, mode);
        EXPECT_EQ(encoded.drawn_codes, 1);
        const auto slips = print(encoded);
        ASSERT_EQ(slips.size(), 1u);
        EXPECT_TRUE(elements_of<hal::QrCode>(slips[0]).empty());
        const auto images = elements_of<hal::MonoImage>(slips[0]);
        ASSERT_EQ(images.size(), 1u);
        EXPECT_EQ(test::read_symbol(test::to_raster(images[0]), ZXing::BarcodeFormat::QRCode), payload);
    }
}

TEST(EscposEncoder, Code128IsNativeWithBracesEscaped) {
    const std::string data = "NH{2026}17";
    const auto encoded = encode(slip({hal::Barcode{data}}));
    const auto slips = print(encoded);
    ASSERT_EQ(slips.size(), 1u);
    const auto bars = elements_of<hal::Barcode>(slips[0]);
    ASSERT_EQ(bars.size(), 1u);
    EXPECT_EQ(bars[0].data, data);
}

TEST(EscposEncoder, SeparatorFillsTheLineOnBothPaperWidths) {
    for (auto [width, columns] : {std::pair{kDotsPer80mmPaper, 46}, std::pair{kDotsPer58mmPaper, 30}}) {
        const auto slips = print(encode(slip({hal::Separator{}}), Strategy::text, QrMode::native, width));
        ASSERT_EQ(slips.size(), 1u);
        EXPECT_EQ(slips[0].text(), std::vector<std::string>{std::string(static_cast<std::size_t>(columns), '-')});
    }
}

TEST(EscposEncoder, FeedsAndCutsArePrinterCommands) {
    const auto slips = print(encode({"two", {TextLine{"一"}, hal::Feed{3}, hal::Cut{true}, TextLine{"二"}, hal::Cut{false}}}));
    ASSERT_EQ(slips.size(), 2u);
    EXPECT_EQ(slips[0].text(), std::vector<std::string>{"一"});
    EXPECT_EQ(elements_of<hal::Feed>(slips[0]).front().lines, 3);
    EXPECT_EQ(slips[1].text(), std::vector<std::string>{"二"});
}

TEST(EscposEncoder, RasterStrategyPrintsExactlyWhatTheRendererDrew) {
    hal::ReceiptDocument document = slip({TextLine{kChineseSentence}, TextLine{kRareName}, hal::Separator{},
                                          hal::QrCode{"NH2026112800017", 6}, hal::Barcode{"NH2026112800017"}});
    const auto encoded = encode(document, Strategy::raster);
    const auto slips = print(encoded);
    ASSERT_EQ(slips.size(), 1u);
    const auto images = elements_of<hal::MonoImage>(slips[0]);
    ASSERT_EQ(images.size(), 1u);  // bands joined on paper
    EXPECT_TRUE(slips[0].text().empty());
    RenderOptions render;
    const auto drawn = render_receipt(document, render).value();
    const MonoRaster printed = test::to_raster(images[0]);
    ASSERT_EQ(printed.height(), drawn.cuts.front().row);
    for (int y = 0; y < printed.height(); ++y) ASSERT_EQ(printed.packed_row(y), drawn.raster.packed_row(y)) << "row " << y;
    EXPECT_EQ(test::read_symbol(printed, ZXing::BarcodeFormat::QRCode), "NH2026112800017");
}

TEST(EscposEncoder, RasterBandsRespectTheBandHeight) {
    EncoderOptions options;
    options.strategy = Strategy::raster;
    options.raster_band_rows = 64;
    const auto encoded = encode_receipt(slip({TextLine{kChineseSentence}, TextLine{kChineseSentence}}), options).value();
    int bands = 0;
    for (std::size_t i = 0; i + 8 <= encoded.bytes.size(); ++i)
        if (encoded.bytes[i] == 0x1D && encoded.bytes[i + 1] == 0x76 && encoded.bytes[i + 2] == 0x30) {
            const int rows = encoded.bytes[i + 6] | (encoded.bytes[i + 7] << 8);
            EXPECT_LE(rows, 64);
            EXPECT_EQ(encoded.bytes[i + 4] | (encoded.bytes[i + 5] << 8), 72);  // 576 dots
            i += 8 + static_cast<std::size_t>(72 * rows) - 1;
            ++bands;
        }
    EXPECT_GE(bands, 2);
}

TEST(EscposEncoder, ImagesAreDrawn) {
    hal::MonoImage stamp{16, 16, std::vector<std::uint8_t>(256, 1)};
    const auto slips = print(encode(slip({stamp})));
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(elements_of<hal::MonoImage>(slips[0]).size(), 1u);
}

TEST(EscposEncoder, RendererErrorsAreErrors) {
    hal::MonoImage broken{16, 16, std::vector<std::uint8_t>(3, 1)};
    EXPECT_FALSE(encode_receipt(slip({broken}), EncoderOptions{}));
    EncoderOptions raster;
    raster.strategy = Strategy::raster;
    EXPECT_FALSE(encode_receipt(slip({broken}), raster));
}

TEST(EscposEncoder, ConfigSpellings) {
    EXPECT_EQ(parse_strategy("text").value(), Strategy::text);
    EXPECT_EQ(parse_strategy("raster").value(), Strategy::raster);
    EXPECT_FALSE(parse_strategy("bitmap"));
    EXPECT_EQ(parse_qr_mode("native").value(), QrMode::native);
    EXPECT_FALSE(parse_qr_mode(""));
}

TEST(Gb18030, TwoByteRangeAndFourByteForm) {
    EXPECT_EQ(utf8_to_gb18030("中").value(), "\xD6\xD0");
    EXPECT_TRUE(gb18030_fits_two_bytes(utf8_to_gb18030("南海区 ABC 〇").value()));
    EXPECT_FALSE(gb18030_fits_two_bytes(utf8_to_gb18030("𠮷").value()));
    EXPECT_FALSE(utf8_to_gb18030("\xFF"));
    const auto back = utf8_to_gb18030(kChineseSentence).value();
    EXPECT_EQ(gb18030_to_utf8({reinterpret_cast<const std::uint8_t*>(back.data()), back.size()}), kChineseSentence);
}

}  // namespace
}  // namespace nanhai::drivers::escpos
