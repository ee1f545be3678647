// Lays a receipt out top to bottom on a raster that grows with its content. Text is wrapped to
// the paper (at spaces inside Latin words, anywhere between CJK characters) and aligned per
// line; glyphs the font lacks become boxes and are reported.
#include "drivers/receipt/receipt_renderer.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "common/utf8.hpp"
#include "drivers/receipt/barcode_raster.hpp"

namespace nanhai::drivers {
namespace {

constexpr int kTopMarginDots = 16;
constexpr int kBottomMarginDots = 24;
constexpr int kBlockPaddingDots = 8;    // around separators, barcodes, images
constexpr int kBarcodeHeightDots = 64;  // 8 mm: scanners read it from any angle
constexpr int kBarcodeModuleDots = 2;
constexpr int kQuietZoneModules = 4;   // QR specification minimum
constexpr int kCutClearanceDots = 24;  // keeps the blade off the last printed line

constexpr char32_t kReplacement = 0xFFFD;

bool is_space(char32_t cp) {
    return cp == U' ' || cp == U'\t' || cp == 0x3000;
}
bool is_word_char(char32_t cp) {
    return cp > U' ' && cp < 0x2E80 && !is_space(cp);
}

struct ShapedGlyph {
    char32_t code_point = 0;
    std::optional<GlyphBitmap> bitmap;  // empty: the font lacks it, draw a box
    int advance = 0;
};

using Span = std::pair<std::size_t, std::size_t>;  // [begin, end) into the shaped glyphs

// Greedy wrapping; a Latin word that would overflow moves whole to the next line when the line
// has an earlier space, CJK text breaks between any two characters.
std::vector<Span> wrap(const std::vector<ShapedGlyph>& glyphs, int max_width) {
    std::vector<Span> lines;
    std::size_t begin = 0;
    int width = 0;
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
        if (glyphs[i].code_point == U'\n') {
            lines.emplace_back(begin, i);
            begin = i + 1;
            width = 0;
            continue;
        }
        if (width + glyphs[i].advance > max_width && i > begin) {
            std::size_t cut = i;
            if (is_word_char(glyphs[i].code_point))
                for (std::size_t k = i; k > begin + 1; --k)
                    if (is_space(glyphs[k - 1].code_point)) {
                        cut = k;
                        break;
                    }
            lines.emplace_back(begin, cut);
            begin = cut;
            width = 0;
            for (std::size_t k = cut; k < i; ++k) width += glyphs[k].advance;
        }
        width += glyphs[i].advance;
    }
    lines.emplace_back(begin, glyphs.size());
    return lines;
}

Span trim_spaces(const std::vector<ShapedGlyph>& glyphs, Span span) {
    while (span.first < span.second && is_space(glyphs[span.first].code_point)) ++span.first;
    while (span.second > span.first && is_space(glyphs[span.second - 1].code_point)) --span.second;
    return span;
}

MonoRaster scale_to_fit(const hal::MonoImage& image, int max_width) {
    // Nearest neighbour keeps dots crisp; images are logos and stamps, not photographs.
    const int width = std::min(image.width, max_width);
    const int height = image.width == 0 ? 0 : image.height * width / image.width;
    MonoRaster out{width, height};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int sx = x * image.width / width;
            const int sy = y * image.height / height;
            if (image.pixels[static_cast<std::size_t>(sy * image.width + sx)] != 0)
                out.set_black(x, y);
        }
    return out;
}

class ReceiptLayout {
public:
    ReceiptLayout(const std::vector<FontFace>& fonts, const RenderOptions& options)
        : fonts_{fonts}, font_{fonts.front()}, options_{options} {
        out_.raster = MonoRaster{options.width_dots, 0};
    }

    Result<void, std::string> add(const hal::ReceiptElement& element) {
        if (at_top_) {
            if (options_.page_margins) reserve(kTopMarginDots);
            at_top_ = false;
        }
        return std::visit([this](const auto& e) { return add_element(e); }, element);
    }

    RenderedReceipt finish() && {
        if (options_.page_margins && (!at_top_ || out_.cuts.empty())) reserve(kBottomMarginDots);
        return std::move(out_);
    }

private:
    int content_width() const { return options_.width_dots - 2 * options_.side_margin_dots; }

    // Grows the paper by `rows` and returns the first new row.
    int reserve(int rows) {
        const int top = out_.raster.height();
        out_.raster.extend(rows);
        return top;
    }

    int aligned_x(int width, hal::Align align) const {
        const int free = content_width() - width;
        switch (align) {
            case hal::Align::left:
                return options_.side_margin_dots;
            case hal::Align::center:
                return options_.side_margin_dots + free / 2;
            case hal::Align::right:
                return options_.side_margin_dots + free;
        }
        return options_.side_margin_dots;
    }

    void place_block(const MonoRaster& block, int padding) {
        const int top = reserve(block.height() + 2 * padding);
        out_.raster.blit(block, (options_.width_dots - block.width()) / 2, top + padding);
    }

    void note_missing(char32_t cp) {
        auto& missing = out_.missing_code_points;
        if (std::find(missing.begin(), missing.end(), cp) == missing.end()) missing.push_back(cp);
    }

    Result<std::vector<ShapedGlyph>, std::string> shape(std::u32string_view text, int size,
                                                        bool bold) {
        std::vector<ShapedGlyph> glyphs;
        for (char32_t cp : text) {
            if (cp == U'\t') cp = U' ';
            ShapedGlyph g{cp, std::nullopt, size * 3 / 4};
            // Malformed UTF-8 (or a replacement character from upstream) means text was lost
            // before it got here: report it even when the font can draw U+FFFD.
            if (cp == kReplacement) note_missing(cp);
            const FontFace* face = cp < U' ' ? nullptr : face_for(cp);
            if (cp != U'\n' && !face) {
                note_missing(cp);
            } else if (cp != U'\n') {
                auto bitmap = face->render(cp, size, bold);
                if (!bitmap) return fail(bitmap.error());
                g.advance = bitmap->advance;
                g.bitmap = std::move(*bitmap);
            }
            if (cp == U'\n') g.advance = 0;
            glyphs.push_back(std::move(g));
        }
        return glyphs;
    }

    // The first font with the glyph: rare name characters (CJK extensions) are often only in
    // the larger fallback font.
    const FontFace* face_for(char32_t cp) const {
        for (const FontFace& face : fonts_)
            if (face.has_glyph(cp)) return &face;
        return nullptr;
    }

    // The "tofu" box: an outlined rectangle the height of a CJK glyph.
    void draw_missing_box(int pen_x, int baseline, int size, int advance) {
        const int pad = std::max(1, size / 12);
        const int stroke = std::max(2, size / 12);
        const int left = pen_x + pad, right = pen_x + advance - pad;
        const int top = baseline - size * 80 / 100, bottom = baseline + size * 8 / 100;
        out_.raster.fill_rect(left, top, right - left, stroke);
        out_.raster.fill_rect(left, bottom - stroke, right - left, stroke);
        out_.raster.fill_rect(left, top, stroke, bottom - top);
        out_.raster.fill_rect(right - stroke, top, stroke, bottom - top);
    }

    void draw_line(const std::vector<ShapedGlyph>& glyphs, Span span, int size, hal::Align align) {
        const LineMetrics metrics = font_.metrics(size);
        const int top = reserve(metrics.line_height);
        span = trim_spaces(glyphs, span);
        int width = 0;
        for (std::size_t i = span.first; i < span.second; ++i) width += glyphs[i].advance;
        int pen = aligned_x(width, align);
        const int baseline = top + metrics.ascent;
        for (std::size_t i = span.first; i < span.second; ++i) {
            const auto& g = glyphs[i];
            if (g.bitmap)
                out_.raster.blit(g.bitmap->dots, pen + g.bitmap->left, baseline - g.bitmap->top);
            else
                draw_missing_box(pen, baseline, size, g.advance);
            pen += g.advance;
        }
    }

    Result<void, std::string> add_element(const hal::TextLine& line) {
        const int size = options_.normal_text_dots * text_scale(line.size);
        const auto code_points = decode_utf8(line.text);
        auto glyphs = shape({code_points.data(), code_points.size()}, size, line.bold);
        if (!glyphs) return fail(glyphs.error());
        for (const Span& span : wrap(*glyphs, content_width()))
            draw_line(*glyphs, span, size, line.align);
        return {};
    }

    Result<void, std::string> add_element(const hal::Separator&) {
        // Dashed, 2 dots thick: reads as a receipt rule, not as a barcode bar.
        const int top = reserve(2 * kBlockPaddingDots + 2);
        for (int x = options_.side_margin_dots; x < options_.width_dots - options_.side_margin_dots;
             x += 12)
            out_.raster.fill_rect(x, top + kBlockPaddingDots,
                                  std::min(8, options_.width_dots - options_.side_margin_dots - x),
                                  2);
        return {};
    }

    Result<void, std::string> add_element(const hal::QrCode& qr) {
        auto symbol = qr_raster(qr.payload, qr.module_dots, content_width());
        if (!symbol) return fail(symbol.error());
        place_block(*symbol, kQuietZoneModules * std::max(qr.module_dots, 1));
        return {};
    }

    Result<void, std::string> add_element(const hal::Barcode& barcode) {
        auto bars =
            code128_raster(barcode.data, kBarcodeModuleDots, kBarcodeHeightDots, content_width());
        if (!bars) return fail(bars.error());
        place_block(*bars, kBlockPaddingDots);
        // The human-readable line lets staff type the code when a scanner fails.
        return add_element(
            hal::TextLine{barcode.data, hal::TextSize::normal, false, hal::Align::center});
    }

    Result<void, std::string> add_element(const hal::MonoImage& image) {
        if (image.width < 0 || image.height < 0 ||
            image.pixels.size() !=
                static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height))
            return fail("image of " + std::to_string(image.width) + "x" +
                        std::to_string(image.height) + " dots has " +
                        std::to_string(image.pixels.size()) + " pixels");
        if (image.width == 0 || image.height == 0) return {};
        place_block(scale_to_fit(image, options_.width_dots), kBlockPaddingDots);
        return {};
    }

    Result<void, std::string> add_element(const hal::Feed& feed) {
        reserve(std::max(feed.lines, 0) * font_.metrics(options_.normal_text_dots).line_height);
        return {};
    }

    Result<void, std::string> add_element(const hal::Cut& cut) {
        reserve(kCutClearanceDots);
        out_.cuts.push_back(CutMark{out_.raster.height(), cut.partial});
        at_top_ = true;  // whatever follows starts a new slip with its own top margin
        return {};
    }

    const std::vector<FontFace>& fonts_;
    const FontFace& font_;  // the first: line metrics and most glyphs
    const RenderOptions& options_;
    RenderedReceipt out_;
    bool at_top_ = true;
};

// Every candidate that opens, in order; an error listing the paths when none does.
Result<std::vector<FontFace>, std::string> open_fonts(const std::vector<FontSource>& candidates) {
    std::vector<FontFace> fonts;
    for (const FontSource& source : candidates)
        if (auto face = FontFace::open({source})) fonts.push_back(std::move(*face));
    if (fonts.empty()) {
        auto none = FontFace::open(candidates);  // for its message naming every path
        return fail(none ? std::string{"no font"} : none.error());
    }
    return fonts;
}

}  // namespace

Result<void, std::string> check_document(const hal::ReceiptDocument& document) {
    constexpr std::size_t kQrMaxBytes = 2953;  // version 40, level L, bytes
    for (const auto& element : document.elements) {
        if (const auto* image = std::get_if<hal::MonoImage>(&element)) {
            if (image->width < 0 || image->height < 0 ||
                image->pixels.size() != static_cast<std::size_t>(image->width) * static_cast<std::size_t>(image->height))
                return fail("image of " + std::to_string(image->width) + "x" + std::to_string(image->height) + " dots has " +
                            std::to_string(image->pixels.size()) + " pixels");
        }
        if (const auto* qr = std::get_if<hal::QrCode>(&element)) {
            if (qr->payload.empty() || qr->payload.size() > kQrMaxBytes)
                return fail("QR code of " + std::to_string(qr->payload.size()) + " bytes cannot be encoded");
        }
    }
    return {};
}

int text_scale(hal::TextSize size) {
    switch (size) {
        case hal::TextSize::normal:
            return 1;
        case hal::TextSize::large:
            return 2;
        case hal::TextSize::huge:
            return 3;
    }
    return 1;
}

Result<int, std::string> paper_width_dots(int paper_width_mm) {
    if (paper_width_mm == 80) return kDotsPer80mmPaper;
    if (paper_width_mm == 58) return kDotsPer58mmPaper;
    return fail("paper width " + std::to_string(paper_width_mm) +
                " mm is not supported (80 or 58)");
}

Result<RenderedReceipt, std::string> render_receipt(const hal::ReceiptDocument& document,
                                                    const RenderOptions& options) {
    if (options.width_dots < 2 * options.side_margin_dots + 64 || options.normal_text_dots < 8)
        return fail(std::string{"render options: paper too narrow or text too small"});
    auto fonts = open_fonts(options.fonts);
    if (!fonts) return fail(fonts.error());
    ReceiptLayout layout{*fonts, options};
    for (const auto& element : document.elements)
        if (auto added = layout.add(element); !added) return fail(added.error());
    return std::move(layout).finish();
}

}  // namespace nanhai::drivers
