// A receipt as the kiosk means it, independent of any printer: lines of text with size, weight
// and alignment, separators, QR codes, barcodes, images, feeds and the cut. Printer drivers
// turn it into their bytes (ESC/POS text or raster); the simulated printer renders it to PNG.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace nanhai::hal {

enum class Align { left, center, right };
enum class TextSize { normal, large, huge };  // 1x, 2x, 3x (queue ticket numbers)

struct TextLine {
    std::string text;  // UTF-8
    TextSize size = TextSize::normal;
    bool bold = false;
    Align align = Align::left;
};

struct Separator {};

struct QrCode {
    std::string payload;  // ASCII keeps native printer QR possible
    int module_dots = 6;
};

struct Barcode {
    std::string data;  // Code 128
};

struct MonoImage {
    int width = 0;                    // dots
    int height = 0;
    std::vector<std::uint8_t> pixels;  // one byte per dot, 0 white, 1 black
};

struct Feed {
    int lines = 1;
};

struct Cut {
    bool partial = true;
};

using ReceiptElement = std::variant<TextLine, Separator, QrCode, Barcode, MonoImage, Feed, Cut>;

struct ReceiptDocument {
    std::string kind;  // "acceptance_receipt", "appointment_slip", "queue_ticket" ... (for logs)
    std::vector<ReceiptElement> elements;
};

}  // namespace nanhai::hal
