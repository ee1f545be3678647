// ZXing-cpp 1.4 encoders behind Result values: they throw std::invalid_argument on content they
// cannot encode, which must not cross the driver boundary.
#include "drivers/receipt/barcode_raster.hpp"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace nanhai::drivers {
namespace {

Result<ZXing::BitMatrix, std::string> encode(ZXing::BarcodeFormat format, std::string_view text) {
    if (text.empty()) return fail(std::string{"nothing to encode"});
    try {
        // Margin 0 and size 0: one matrix cell per module, scaled by us to whole dots.
        // UTF-8 in the QR code: Chinese text scans as Chinese (ECI), not as Latin-1.
        auto writer = ZXing::MultiFormatWriter(format).setMargin(0);
        if (format == ZXing::BarcodeFormat::QRCode) writer.setEncoding(ZXing::CharacterSet::UTF8);
        return writer.encode(std::string{text}, 0, 0);
    } catch (const std::exception& e) {
        return fail(std::string{"cannot encode: "} + e.what());
    }
}

Result<int, std::string> fit_module(int modules, int module_dots, int max_width) {
    int dots = module_dots < 1 ? 1 : module_dots;
    while (dots > 1 && modules * dots > max_width) --dots;
    if (modules * dots > max_width)
        return fail("symbol of " + std::to_string(modules) + " modules is wider than " +
                    std::to_string(max_width) + " dots");
    return dots;
}

}  // namespace

Result<MonoRaster, std::string> qr_raster(std::string_view payload, int module_dots,
                                          int max_width) {
    auto matrix = encode(ZXing::BarcodeFormat::QRCode, payload);
    if (!matrix) return fail("QR code: " + matrix.error());
    auto dots = fit_module(matrix->width(), module_dots, max_width);
    if (!dots) return fail("QR code: " + dots.error());
    MonoRaster out{matrix->width() * *dots, matrix->height() * *dots};
    for (int y = 0; y < matrix->height(); ++y)
        for (int x = 0; x < matrix->width(); ++x)
            if (matrix->get(x, y)) out.fill_rect(x * *dots, y * *dots, *dots, *dots);
    return out;
}

Result<MonoRaster, std::string> code128_raster(std::string_view data, int module_dots,
                                               int bar_height, int max_width) {
    auto matrix = encode(ZXing::BarcodeFormat::Code128, data);
    if (!matrix) return fail("Code 128: " + matrix.error());
    auto dots = fit_module(matrix->width(), module_dots, max_width);
    if (!dots) return fail("Code 128: " + dots.error());
    MonoRaster out{matrix->width() * *dots, bar_height};
    for (int x = 0; x < matrix->width(); ++x)
        if (matrix->get(x, 0)) out.fill_rect(x * *dots, 0, *dots, bar_height);
    return out;
}

}  // namespace nanhai::drivers
