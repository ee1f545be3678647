// Renders a hal::ReceiptDocument to the 1-bit raster a thermal printer prints (203 dpi: 576
// dots across 80 mm paper, 384 across 58 mm): CJK text through FreeType, QR and Code 128
// through ZXing, images, separators, feeds; cuts are reported as positions, not drawn.
// A pure value API: the simulated printer writes the result as PNG, the ESC/POS driver will
// send it as raster bytes.
#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "drivers/receipt/font_face.hpp"
#include "drivers/receipt/mono_raster.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::drivers {

inline constexpr int kDotsPer80mmPaper = 576;
inline constexpr int kDotsPer58mmPaper = 384;

// How many times the normal text height a size is: 1, 2 or 3 (the ESC/POS encoder uses the
// same factors for the printer's own fonts).
int text_scale(hal::TextSize size);

// 80 -> 576, 58 -> 384; any other width is an error naming the widths supported.
Result<int, std::string> paper_width_dots(int paper_width_mm);

struct RenderOptions {
    int width_dots = kDotsPer80mmPaper;
    int side_margin_dots = 8;   // text and separators keep off the paper's edges
    int normal_text_dots = 24;  // TextSize::normal; large is 2x, huge 3x
    // The first that opens sets the line metrics; a glyph it lacks comes from the next that has it.
    std::vector<FontSource> fonts = default_receipt_fonts();
    // Top and bottom margins of the slip. Off when the result is one piece of a receipt that
    // a printer prints in text mode (an ESC/POS line that falls back to raster).
    bool page_margins = true;
};

struct CutMark {
    int row = 0;  // the paper is cut above this row
    bool partial = true;
};

struct RenderedReceipt {
    MonoRaster raster;
    // Characters the font has no glyph for, each once, in order of first appearance; each
    // occurrence is printed as a visible box so nothing disappears silently.
    std::vector<char32_t> missing_code_points;
    std::vector<CutMark> cuts;
};

// The cheap part of render_receipt's refusals, for callers that must answer at once and render
// later on another thread: an image whose pixel count does not match its size, an empty QR
// code or one longer than a QR code can hold.
Result<void, std::string> check_document(const hal::ReceiptDocument& document);

// Errors: no usable font, a QR code or barcode that cannot be encoded or does not fit the
// paper, an image whose pixel count does not match its size.
Result<RenderedReceipt, std::string> render_receipt(const hal::ReceiptDocument& document,
                                                    const RenderOptions& options);

}  // namespace nanhai::drivers
