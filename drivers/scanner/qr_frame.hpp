// A camera frame as a QR code scanner sees it: 8-bit luminance, and the QR code in it (ZXing,
// QR only: the kiosk's own slips and mobile identity codes are QR). YUYV frames, what USB
// cameras send, are reduced to their luminance first. Pure code: the V4L2 source and the
// benchmark feed it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace nanhai::drivers::scanner {

struct GreyFrame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> luma;  // width * height, row-major
};

// YUYV 4:2:2 (Y0 U Y1 V per two pixels), `stride` bytes per row.
GreyFrame grey_from_yuyv(std::span<const std::uint8_t> yuyv, int width, int height, int stride);

struct FrameCode {
    std::vector<std::uint8_t> data;  // the QR's bytes, not yet decoded as text
};

// The first QR code in the frame, or nothing (most frames hold none).
std::optional<FrameCode> decode_qr_frame(const GreyFrame& frame);

}  // namespace nanhai::drivers::scanner
