// One FreeType face for receipt text: opens the first usable font of a list (WenQuanYi Micro Hei,
// then Noto Sans CJK SC), says whether it has a glyph, and rasterises glyphs to 1-bit bitmaps
// at a pixel size, optionally emboldened. Move-only; FreeType stays out of this header.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "drivers/receipt/mono_raster.hpp"

namespace nanhai::drivers {

struct FontSource {
    std::string path;
    int face_index = 0;
};

// WenQuanYi Micro Hei (small, fast), then Noto Sans CJK face 2 (Simplified Chinese).
std::vector<FontSource> default_receipt_fonts();

struct GlyphBitmap {
    MonoRaster dots;
    int left = 0;     // from the pen position to the bitmap's left edge
    int top = 0;      // from the baseline up to the bitmap's top edge
    int advance = 0;  // pen movement in dots
};

struct LineMetrics {
    int ascent = 0;       // baseline below the line top
    int line_height = 0;  // distance between baselines
};

class FontFace {
public:
    // The first candidate that FreeType can open; the error lists every path tried.
    static Result<FontFace, std::string> open(const std::vector<FontSource>& candidates);

    FontFace(FontFace&&) noexcept;
    FontFace& operator=(FontFace&&) noexcept;
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;
    ~FontFace();

    const FontSource& source() const;
    bool has_glyph(char32_t code_point) const;
    LineMetrics metrics(int pixel_size) const;
    // Only for code points the face has (has_glyph); a FreeType failure is an error value.
    Result<GlyphBitmap, std::string> render(char32_t code_point, int pixel_size, bool bold) const;

private:
    struct Impl;
    explicit FontFace(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace nanhai::drivers
