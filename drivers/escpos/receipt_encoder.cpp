// ESC/POS encoding of a receipt (see receipt_encoder.hpp). Every text line sets its own
// alignment, weight and size, so a line never inherits a mode from a drawn element before it.
#include "drivers/escpos/receipt_encoder.hpp"

#include <algorithm>

#include "common/gb18030.hpp"
#include "drivers/escpos/commands.hpp"

namespace nanhai::drivers::escpos {
namespace {

constexpr int kFontAWidthDots = 12;      // the printer's ASCII cell: 12 x 24 dots
constexpr int kCutFeedDots = 24;         // the same clearance the renderer leaves above a cut
constexpr int kBarcodeModuleDots = 2;
constexpr int kBarcodeHeightDots = 64;

void send_rows(Bytes& out, const MonoRaster& raster, int first, int end, int band_rows) {
    const int band = std::max(band_rows, 1);
    for (int top = first; top < end; top += band) {
        const int rows = std::min(band, end - top);
        Bytes packed;
        packed.reserve(static_cast<std::size_t>(raster.bytes_per_row() * rows));
        for (int y = top; y < top + rows; ++y) append(packed, raster.packed_row(y));
        raster_image(out, raster.bytes_per_row(), rows, packed);
    }
}

void note_missing(EncodedReceipt& out, const std::vector<char32_t>& missing) {
    for (char32_t cp : missing)
        if (std::find(out.missing_code_points.begin(), out.missing_code_points.end(), cp) ==
            out.missing_code_points.end())
            out.missing_code_points.push_back(cp);
}

// Text strategy: each element as printer commands, drawing what the printer cannot print.
class TextEncoder {
public:
    TextEncoder(const EncoderOptions& options, EncodedReceipt& out) : options_{options}, out_{out} {
        piece_options_ = options.render;
        piece_options_.page_margins = false;
    }

    Result<void, std::string> add(const hal::ReceiptElement& element) {
        return std::visit([this](const auto& e) { return add_element(e); }, element);
    }

private:
    Bytes& bytes() { return out_.bytes; }

    Result<void, std::string> draw(const hal::ReceiptElement& element) {
        auto piece = render_receipt(hal::ReceiptDocument{"piece", {element}}, piece_options_);
        if (!piece) return fail(piece.error());
        note_missing(out_, piece->missing_code_points);
        align(bytes(), hal::Align::left);
        send_rows(bytes(), piece->raster, 0, piece->raster.height(), options_.raster_band_rows);
        return {};
    }

    static bool has_control_characters(std::string_view text) {
        return std::any_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    }

    Result<void, std::string> add_element(const hal::TextLine& line) {
        const auto encoded = utf8_to_gb18030(line.text);
        if (!encoded || !gb18030_fits_two_bytes(*encoded) || has_control_characters(line.text)) {
            ++out_.drawn_lines;
            return draw(line);
        }
        align(bytes(), line.align);
        bold(bytes(), line.bold);
        character_size(bytes(), text_scale(line.size));
        append_text(bytes(), *encoded);
        bytes().push_back(kLf);
        return {};
    }

    Result<void, std::string> add_element(const hal::Separator&) {
        align(bytes(), hal::Align::left);
        bold(bytes(), false);
        character_size(bytes(), 1);
        const int columns = (options_.render.width_dots - 2 * options_.render.side_margin_dots) /
                            kFontAWidthDots;
        append_text(bytes(), std::string(static_cast<std::size_t>(std::max(columns, 1)), '-'));
        bytes().push_back(kLf);
        return {};
    }

    Result<void, std::string> add_element(const hal::QrCode& qr) {
        if (options_.qr == QrMode::native && !qr.payload.empty() && printable_ascii(qr.payload) &&
            qr.payload.size() <= kNativeQrMaxBytes) {
            align(bytes(), hal::Align::center);
            native_qr(bytes(), qr.payload, qr.module_dots);
            bytes().push_back(kLf);
            return {};
        }
        ++out_.drawn_codes;
        return draw(qr);
    }

    Result<void, std::string> add_element(const hal::Barcode& barcode) {
        const auto braces = std::count(barcode.data.begin(), barcode.data.end(), '{');
        if (!barcode.data.empty() && printable_ascii(barcode.data) &&
            barcode.data.size() + static_cast<std::size_t>(braces) + 2 <= kNativeCode128MaxBytes) {
            align(bytes(), hal::Align::center);
            native_code128(bytes(), barcode.data, kBarcodeModuleDots, kBarcodeHeightDots);
            bytes().push_back(kLf);
            return {};
        }
        ++out_.drawn_codes;
        return draw(barcode);
    }

    Result<void, std::string> add_element(const hal::MonoImage& image) { return draw(image); }

    Result<void, std::string> add_element(const hal::Feed& feed) {
        feed_lines(bytes(), feed.lines);
        return {};
    }

    Result<void, std::string> add_element(const hal::Cut& cut) {
        feed_and_cut(bytes(), cut.partial, kCutFeedDots);
        return {};
    }

    const EncoderOptions& options_;
    RenderOptions piece_options_;
    EncodedReceipt& out_;
};

Result<void, std::string> encode_as_text(const hal::ReceiptDocument& document,
                                         const EncoderOptions& options, EncodedReceipt& out) {
    chinese_mode(out.bytes, true);
    TextEncoder encoder{options, out};
    for (const auto& element : document.elements)
        if (auto added = encoder.add(element); !added) return added;
    return {};
}

// Raster strategy: the renderer's slip, cut where the document cuts (the renderer already
// left the blade's clearance above each cut, so the cut feeds nothing more).
Result<void, std::string> encode_as_raster(const hal::ReceiptDocument& document,
                                           const EncoderOptions& options, EncodedReceipt& out) {
    auto rendered = render_receipt(document, options.render);
    if (!rendered) return fail(rendered.error());
    note_missing(out, rendered->missing_code_points);
    for (const auto& element : document.elements) {
        if (std::holds_alternative<hal::QrCode>(element) ||
            std::holds_alternative<hal::Barcode>(element))
            ++out.drawn_codes;
        if (std::holds_alternative<hal::TextLine>(element)) ++out.drawn_lines;
    }
    int top = 0;
    for (const CutMark& cut : rendered->cuts) {
        send_rows(out.bytes, rendered->raster, top, cut.row, options.raster_band_rows);
        feed_and_cut(out.bytes, cut.partial, 0);
        top = cut.row;
    }
    send_rows(out.bytes, rendered->raster, top, rendered->raster.height(), options.raster_band_rows);
    return {};
}

}  // namespace

Result<EncodedReceipt, std::string> encode_receipt(const hal::ReceiptDocument& document,
                                                   const EncoderOptions& options) {
    EncodedReceipt out;
    initialise(out.bytes);
    auto encoded = options.strategy == Strategy::text ? encode_as_text(document, options, out)
                                                      : encode_as_raster(document, options, out);
    if (!encoded) return fail(encoded.error());
    return out;
}

Result<Strategy, std::string> parse_strategy(std::string_view name) {
    if (name == "text") return Strategy::text;
    if (name == "raster") return Strategy::raster;
    return fail("strategy \"" + std::string{name} + "\" is not text or raster");
}

Result<QrMode, std::string> parse_qr_mode(std::string_view name) {
    if (name == "native") return QrMode::native;
    if (name == "raster") return QrMode::raster;
    return fail("qr \"" + std::string{name} + "\" is not native or raster");
}

}  // namespace nanhai::drivers::escpos
