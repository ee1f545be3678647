// FontFace over FreeType: outlines only (embedded bitmaps of CJK fonts look wrong at receipt
// sizes), grey-scale rendering thresholded to 1 bit, which keeps strokes even.
#include "drivers/receipt/font_face.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace nanhai::drivers {
namespace {

// Grey levels at or above this become black: slightly below half, so thin strokes of small
// CJK glyphs survive thresholding.
constexpr unsigned char kInkThreshold = 112;

int from_26_6(FT_Pos value) {
    return static_cast<int>((value + 32) >> 6);
}

// Emboldening width in 26.6 units: about 1/16 em, i.e. 1.5 dots at the normal 24-dot size.
FT_Pos bold_strength(int pixel_size) {
    return static_cast<FT_Pos>(pixel_size) * 4;
}

MonoRaster threshold_bitmap(const FT_Bitmap& bitmap) {
    const int width = static_cast<int>(bitmap.width);
    const int height = static_cast<int>(bitmap.rows);
    MonoRaster out{width, height};
    for (int y = 0; y < height; ++y) {
        const unsigned char* row = bitmap.buffer + static_cast<std::ptrdiff_t>(y) * bitmap.pitch;
        for (int x = 0; x < width; ++x)
            if (row[x] >= kInkThreshold) out.set_black(x, y);
    }
    return out;
}

}  // namespace

std::vector<FontSource> default_receipt_fonts() {
    return {{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0},
            {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2}};
}

struct FontFace::Impl {
    FT_Library library = nullptr;
    FT_Face face = nullptr;
    FontSource source;
    ~Impl() {
        if (face) FT_Done_Face(face);
        if (library) FT_Done_FreeType(library);
    }
    bool set_size(int pixel_size) const {
        return FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(pixel_size)) == 0;
    }
};

FontFace::FontFace(std::unique_ptr<Impl> impl) : impl_{std::move(impl)} {}
FontFace::FontFace(FontFace&&) noexcept = default;
FontFace& FontFace::operator=(FontFace&&) noexcept = default;
FontFace::~FontFace() = default;

Result<FontFace, std::string> FontFace::open(const std::vector<FontSource>& candidates) {
    auto impl = std::make_unique<Impl>();
    if (FT_Init_FreeType(&impl->library) != 0) return fail(std::string{"FreeType init failed"});
    std::string tried;
    for (const auto& candidate : candidates) {
        FT_Error error =
            FT_New_Face(impl->library, candidate.path.c_str(), candidate.face_index, &impl->face);
        if (error == 0) {
            impl->source = candidate;
            return FontFace{std::move(impl)};
        }
        impl->face = nullptr;
        tried += (tried.empty() ? "" : ", ") + candidate.path + " (FreeType error " +
                 std::to_string(error) + ")";
    }
    return fail("no receipt font could be opened: " + (tried.empty() ? "none given" : tried));
}

const FontSource& FontFace::source() const {
    return impl_->source;
}

bool FontFace::has_glyph(char32_t code_point) const {
    return FT_Get_Char_Index(impl_->face, code_point) != 0;
}

LineMetrics FontFace::metrics(int pixel_size) const {
    // Receipts need a steady rhythm whatever the font reports: 1.25 em between baselines, and
    // the baseline where CJK fonts put it in the em box (0.88 em from its top), the em box
    // centred in the line.
    LineMetrics m;
    m.line_height = pixel_size + pixel_size / 4;
    m.ascent = pixel_size * 88 / 100 + (m.line_height - pixel_size) / 2;
    return m;
}

Result<GlyphBitmap, std::string> FontFace::render(char32_t code_point, int pixel_size,
                                                  bool bold) const {
    FT_Face face = impl_->face;
    if (!impl_->set_size(pixel_size)) return fail(std::string{"cannot set font size"});
    FT_UInt index = FT_Get_Char_Index(face, code_point);
    if (FT_Load_Glyph(face, index, FT_LOAD_NO_BITMAP) != 0)
        return fail("cannot load glyph U+" + std::to_string(static_cast<unsigned>(code_point)));
    FT_GlyphSlot slot = face->glyph;
    FT_Pos extra = 0;
    if (bold && slot->format == FT_GLYPH_FORMAT_OUTLINE) {
        extra = bold_strength(pixel_size);
        FT_Outline_Embolden(&slot->outline, extra);
    }
    if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0)
        return fail(std::string{"cannot render glyph"});
    GlyphBitmap glyph;
    glyph.dots = threshold_bitmap(slot->bitmap);
    glyph.left = slot->bitmap_left;
    glyph.top = slot->bitmap_top;
    glyph.advance = from_26_6(slot->advance.x + extra);
    return glyph;
}

}  // namespace nanhai::drivers
