// Reading QR codes and barcodes back from what a printer (or the renderer) drew, with ZXing,
// the way a hall scanner would read the paper.
#pragma once

#include <ZXing/ReadBarcode.h>

#include <optional>
#include <string>
#include <vector>

#include "drivers/receipt/mono_raster.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::test {

inline std::optional<std::string> read_symbol(const drivers::MonoRaster& raster, ZXing::BarcodeFormat format) {
    std::vector<std::uint8_t> lum(static_cast<std::size_t>(raster.width() * raster.height()), 255);
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < raster.width(); ++x)
            if (raster.black(x, y)) lum[static_cast<std::size_t>(y * raster.width() + x)] = 0;
    const auto result = ZXing::ReadBarcode(
        ZXing::ImageView{lum.data(), raster.width(), raster.height(), ZXing::ImageFormat::Lum},
        ZXing::DecodeHints{}.setFormats(format).setTryHarder(true));
    if (!result.isValid()) return std::nullopt;
    return result.text();
}

inline drivers::MonoRaster to_raster(const hal::MonoImage& image) {
    drivers::MonoRaster out{image.width, image.height};
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.pixels[static_cast<std::size_t>(y * image.width + x)]) out.set_black(x, y);
    return out;
}

// A white border around a raster: ZXing needs the quiet zone a printed page has.
inline drivers::MonoRaster with_margin(const drivers::MonoRaster& raster, int margin) {
    drivers::MonoRaster out{raster.width() + 2 * margin, raster.height() + 2 * margin};
    out.blit(raster, margin, margin);
    return out;
}

}  // namespace nanhai::test
