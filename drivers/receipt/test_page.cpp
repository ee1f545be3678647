// The test page's content. Texts are fixed Chinese and English strings: a test page must not
// depend on string tables that may be broken (that is what it helps to diagnose).
#include "drivers/receipt/test_page.hpp"

namespace nanhai::drivers {
namespace {

// A 48x48 checkerboard of 8-dot squares: shows dot alignment and feed accuracy.
hal::MonoImage checkerboard() {
    hal::MonoImage image{48, 48, std::vector<std::uint8_t>(48 * 48, 0)};
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 48; ++x)
            image.pixels[static_cast<std::size_t>(y * 48 + x)] = ((x / 8 + y / 8) % 2 == 0) ? 1 : 0;
    return image;
}

}  // namespace

hal::ReceiptDocument make_test_page(const hal::DeviceInfo& printer) {
    using hal::Align;
    using hal::TextLine;
    using hal::TextSize;
    hal::ReceiptDocument doc{"test_page", {}};
    auto& e = doc.elements;
    e.emplace_back(TextLine{"打印机自检 Printer test", TextSize::large, true, Align::center});
    e.emplace_back(hal::Separator{});
    e.emplace_back(TextLine{"型号 Model: " + printer.model, TextSize::normal, false, Align::left});
    e.emplace_back(
        TextLine{"序列号 Serial: " + printer.serial, TextSize::normal, false, Align::left});
    e.emplace_back(
        TextLine{"驱动 Driver: " + printer.driver, TextSize::normal, false, Align::left});
    e.emplace_back(TextLine{"常规 正常字号 normal", TextSize::normal, false, Align::left});
    e.emplace_back(TextLine{"加粗 粗体 bold", TextSize::normal, true, Align::center});
    e.emplace_back(TextLine{"右对齐 right", TextSize::normal, false, Align::right});
    e.emplace_back(TextLine{"A008", TextSize::huge, true, Align::center});
    e.emplace_back(hal::Separator{});
    e.emplace_back(hal::QrCode{"NANHAI-KIOSK-TEST-PAGE", 6});
    e.emplace_back(hal::Barcode{"NH-TEST-0001"});
    e.emplace_back(checkerboard());
    e.emplace_back(hal::Feed{1});
    e.emplace_back(hal::Cut{true});
    return doc;
}

}  // namespace nanhai::drivers
