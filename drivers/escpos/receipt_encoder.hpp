// A hal::ReceiptDocument as the bytes an ESC/POS printer prints, by one of two strategies:
//   text:   the printer's own fonts. Lines go in GB18030 with Chinese mode on; a line with a
//           character outside the two-byte range (a rare name character), or one the printer
//           cannot take as text, is drawn by the receipt renderer and sent as a raster image.
//           QR codes and Code 128 use the printer's native commands when their data is
//           printable ASCII, else they are drawn too.
//   raster: the whole receipt drawn by the receipt renderer (FreeType, the CJK font, 203 dpi)
//           and sent as raster bands; what prints is exactly what the renderer drew.
// The QR mode picks native or drawn QR codes in text strategy (raster draws every one).
// Pure: no I/O. The printer driver appends its status requests; tests/ has a virtual printer
// that interprets these bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "drivers/receipt/receipt_renderer.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::drivers::escpos {

enum class Strategy { text, raster };
enum class QrMode { native, raster };

struct EncoderOptions {
    Strategy strategy = Strategy::text;
    QrMode qr = QrMode::native;
    RenderOptions render;      // paper width in dots, fonts and text size for drawn parts
    int raster_band_rows = 128;  // one GS v 0 command per band: printers have small buffers
};

struct EncodedReceipt {
    std::vector<std::uint8_t> bytes;
    int drawn_lines = 0;  // text lines sent as raster (text strategy)
    int drawn_codes = 0;  // QR codes and barcodes sent as raster
    std::vector<char32_t> missing_code_points;  // not even the font has them (boxes printed)
};

// Errors: what the renderer refuses (no font, a QR code that does not fit, a bad image).
Result<EncodedReceipt, std::string> encode_receipt(const hal::ReceiptDocument& document,
                                                   const EncoderOptions& options);

// "text" / "raster", "native" / "raster": the config's spelling.
Result<Strategy, std::string> parse_strategy(std::string_view name);
Result<QrMode, std::string> parse_qr_mode(std::string_view name);

}  // namespace nanhai::drivers::escpos
