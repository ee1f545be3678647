// Camera frames to QR codes (see qr_frame.hpp).
#include "drivers/scanner/qr_frame.hpp"

#include <ZXing/ReadBarcode.h>

namespace nanhai::drivers::scanner {

GreyFrame grey_from_yuyv(std::span<const std::uint8_t> yuyv, int width, int height, int stride) {
    GreyFrame frame{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * static_cast<std::size_t>(height))};
    for (int y = 0; y < height; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        for (int x = 0; x < width; ++x) {
            const std::size_t at = row + static_cast<std::size_t>(x) * 2;
            if (at < yuyv.size()) frame.luma[static_cast<std::size_t>(y * width + x)] = yuyv[at];
        }
    }
    return frame;
}

std::optional<FrameCode> decode_qr_frame(const GreyFrame& frame) {
    if (frame.width <= 0 || frame.height <= 0 ||
        frame.luma.size() != static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height))
        return std::nullopt;
    // tryHarder stays on: a phone held at an angle under hall lights needs it, and a 640x480
    // frame still decodes in a few milliseconds (docs/benchmarks.md).
    const auto hints = ZXing::DecodeHints{}.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(true);
    const auto result = ZXing::ReadBarcode(
        ZXing::ImageView{frame.luma.data(), frame.width, frame.height, ZXing::ImageFormat::Lum}, hints);
    if (!result.isValid()) return std::nullopt;
    const auto& bytes = result.bytes();
    return FrameCode{{bytes.begin(), bytes.end()}};
}

}  // namespace nanhai::drivers::scanner
