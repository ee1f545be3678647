// Every receipt template, in both languages, as printed: by the renderer (raster strategy and
// the simulated printer) and, for Chinese, in text strategy through the ESC/POS encoder and the
// virtual printer. Each is compared with its golden image in tests/golden/receipts/ (look at
// them: they are what the citizen takes home) and its QR code must decode to the payload.
// KIOSK_UPDATE_GOLDENS=1 rewrites the goldens.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "drivers/escpos/receipt_encoder.hpp"
#include "drivers/receipt/png_io.hpp"
#include "drivers/receipt/receipt_renderer.hpp"
#include "drivers/receipt/test_page.hpp"
#include "tests/support/raster_symbols.hpp"
#include "tests/unit/receipts/receipt_fixtures.hpp"
#include "tests/virtual_printer/escpos_interpreter.hpp"

namespace nanhai::kiosk::receipts {
namespace {

using namespace fixtures;
namespace fs = std::filesystem;

// FreeType updates may move a few dots of anti-aliasing threshold; a layout change moves
// thousands.
constexpr int kMaxDifferingDots = 150;

fs::path golden_dir() { return fs::path{KIOSK_SOURCE_DIR} / "tests/golden/receipts"; }

int differing_dots(const drivers::MonoRaster& a, const drivers::MonoRaster& b) {
    int count = 0;
    for (int y = 0; y < std::max(a.height(), b.height()); ++y)
        for (int x = 0; x < std::max(a.width(), b.width()); ++x) count += a.black(x, y) != b.black(x, y);
    return count;
}

void expect_golden(const drivers::MonoRaster& actual, const std::string& name) {
    const auto path = golden_dir() / (name + ".png");
    if (std::getenv("KIOSK_UPDATE_GOLDENS")) {
        fs::create_directories(golden_dir());
        ASSERT_TRUE(drivers::write_png(actual, path));
        return;
    }
    auto golden = drivers::read_png(path);
    ASSERT_TRUE(golden) << golden.error() << " (KIOSK_UPDATE_GOLDENS=1 writes it)";
    EXPECT_EQ(golden->width(), actual.width()) << name;
    EXPECT_NEAR(golden->height(), actual.height(), 2) << name;
    const int differing = differing_dots(*golden, actual);
    if (differing > kMaxDifferingDots) {
        const auto failed = fs::path{::testing::TempDir()} / (name + ".actual.png");
        (void)drivers::write_png(actual, failed);
        ADD_FAILURE() << name << ": " << differing << " dots differ from the golden; actual written to " << failed;
    }
}

// The QR a receipt carries; nullopt for the queue ticket, which has none.
std::optional<std::string> qr_payload(const hal::ReceiptDocument& doc) {
    for (const auto& e : doc.elements)
        if (const auto* qr = std::get_if<hal::QrCode>(&e)) return qr->payload;
    return std::nullopt;
}

struct Template {
    std::string name;
    std::function<hal::ReceiptDocument(Language)> make;
};

std::vector<Template> templates() {
    return {
        {"acceptance_receipt", [](Language l) { return acceptance_receipt(accepted_case(), context(l)); }},
        {"appointment_slip", [](Language l) { return appointment_slip(appointment(), context(l)); }},
        {"queue_ticket", [](Language l) { return queue_ticket(check_in(), context(l)); }},
        {"case_status", [](Language l) { return case_status(accepted_case(), context(l)); }},
        {"complaint_ticket", [](Language l) { return consultation_ticket(complaint(), context(l)); }},
        {"evaluation_confirmation", [](Language l) { return evaluation_confirmation(evaluation(), context(l)); }},
    };
}

TEST(ReceiptGoldens, EveryTemplateInBothLanguagesAsTheRendererDrawsIt) {
    for (const auto& t : templates())
        for (Language language : {Language::zh, Language::en}) {
            const auto doc = t.make(language);
            const std::string name = t.name + (language == Language::zh ? "-zh" : "-en");
            auto drawn = drivers::render_receipt(doc, drivers::RenderOptions{});
            ASSERT_TRUE(drawn) << name << ": " << drawn.error();
            EXPECT_TRUE(drawn->missing_code_points.empty()) << name;
            EXPECT_EQ(test::read_symbol(drawn->raster, ZXing::BarcodeFormat::QRCode), qr_payload(doc)) << name;
            expect_golden(drawn->raster, name);
        }
}

TEST(ReceiptGoldens, EveryChineseTemplateInTextModeAsTheVirtualPrinterPrintsIt) {
    for (const auto& t : templates()) {
        const auto doc = t.make(Language::zh);
        auto encoded = drivers::escpos::encode_receipt(doc, drivers::escpos::EncoderOptions{});
        ASSERT_TRUE(encoded) << t.name << ": " << encoded.error();
        EXPECT_EQ(encoded->drawn_lines, 0) << t.name << ": every character is in the printer's two-byte range";
        test::EscposInterpreter printer;
        printer.receive(encoded->bytes);
        EXPECT_TRUE(printer.unknown_commands().empty()) << t.name;
        const auto slips = printer.complete_slips();
        ASSERT_EQ(slips.size(), 1u) << t.name;
        auto drawn = drivers::render_receipt({"slip", slips[0].elements}, drivers::RenderOptions{});
        ASSERT_TRUE(drawn) << drawn.error();
        EXPECT_EQ(test::read_symbol(drawn->raster, ZXing::BarcodeFormat::QRCode), qr_payload(doc)) << t.name;
        expect_golden(drawn->raster, t.name + "-zh-text");
    }
}

TEST(ReceiptGoldens, TechnicianTestPageOnBothPaperWidths) {
    const hal::DeviceInfo printer{hal::DeviceClass::receipt_printer, "escpos-tcp", "ESC/POS thermal printer 80 mm",
                                  "", "", "tcp://192.0.2.7:9100"};
    for (int dots : {drivers::kDotsPer80mmPaper, drivers::kDotsPer58mmPaper}) {
        drivers::RenderOptions options;
        options.width_dots = dots;
        auto drawn = drivers::render_receipt(drivers::make_test_page(printer), options);
        ASSERT_TRUE(drawn) << drawn.error();
        EXPECT_TRUE(drawn->missing_code_points.empty());
        EXPECT_FALSE(test::read_symbol(drawn->raster, ZXing::BarcodeFormat::QRCode).value_or("").empty());
        expect_golden(drawn->raster, "test_page-" + std::to_string(dots));
    }
}

}  // namespace
}  // namespace nanhai::kiosk::receipts
