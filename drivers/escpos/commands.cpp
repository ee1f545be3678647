// ESC/POS command bytes (see commands.hpp).
#include "drivers/escpos/commands.hpp"

#include <algorithm>

namespace nanhai::drivers::escpos {
namespace {

std::uint8_t clamp_byte(int value, int low, int high) {
    return static_cast<std::uint8_t>(std::clamp(value, low, high));
}

void little_endian_16(Bytes& out, std::size_t value) {
    out.push_back(static_cast<std::uint8_t>(value & 0xFF));
    out.push_back(static_cast<std::uint8_t>((value >> 8) & 0xFF));
}

// GS ( k pL pH cn fn [parameters]: cn 0x31 is the QR code.
void qr_function(Bytes& out, std::uint8_t fn, std::span<const std::uint8_t> parameters) {
    append(out, std::array<std::uint8_t, 3>{kGs, 0x28, 0x6B});
    little_endian_16(out, parameters.size() + 2);
    out.push_back(0x31);
    out.push_back(fn);
    append(out, parameters);
}

}  // namespace

void append(Bytes& out, std::span<const std::uint8_t> bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void append_text(Bytes& out, std::string_view bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void initialise(Bytes& out) { append(out, std::array<std::uint8_t, 2>{kEsc, 0x40}); }

void chinese_mode(Bytes& out, bool on) {
    append(out, std::array<std::uint8_t, 2>{kFs, static_cast<std::uint8_t>(on ? 0x26 : 0x2E)});
}

void align(Bytes& out, hal::Align alignment) {
    std::uint8_t n = 0;
    if (alignment == hal::Align::center) n = 1;
    if (alignment == hal::Align::right) n = 2;
    append(out, std::array<std::uint8_t, 3>{kEsc, 0x61, n});
}

void bold(Bytes& out, bool on) {
    append(out, std::array<std::uint8_t, 3>{kEsc, 0x45, static_cast<std::uint8_t>(on ? 1 : 0)});
}

void character_size(Bytes& out, int factor) {
    const std::uint8_t f = clamp_byte(factor, 1, 8);
    const auto n = static_cast<std::uint8_t>(((f - 1) << 4) | (f - 1));
    append(out, std::array<std::uint8_t, 3>{kGs, 0x21, n});
}

void feed_lines(Bytes& out, int lines) {
    append(out, std::array<std::uint8_t, 3>{kEsc, 0x64, clamp_byte(lines, 0, 255)});
}

void feed_and_cut(Bytes& out, bool partial, int feed_dots) {
    append(out, std::array<std::uint8_t, 4>{kGs, 0x56, static_cast<std::uint8_t>(partial ? 0x42 : 0x41),
                                            clamp_byte(feed_dots, 0, 255)});
}

void raster_image(Bytes& out, int bytes_per_row, int rows, std::span<const std::uint8_t> packed) {
    append(out, std::array<std::uint8_t, 4>{kGs, 0x76, 0x30, 0x00});
    little_endian_16(out, static_cast<std::size_t>(bytes_per_row));
    little_endian_16(out, static_cast<std::size_t>(rows));
    append(out, packed);
}

void native_qr(Bytes& out, std::string_view payload, int module_dots) {
    qr_function(out, 0x41, std::array<std::uint8_t, 2>{0x32, 0x00});           // model 2
    qr_function(out, 0x43, std::array<std::uint8_t, 1>{clamp_byte(module_dots, 1, 16)});
    qr_function(out, 0x45, std::array<std::uint8_t, 1>{0x31});                 // level M
    Bytes store{0x30};
    append_text(store, payload);
    qr_function(out, 0x50, store);
    qr_function(out, 0x51, std::array<std::uint8_t, 1>{0x30});                 // print
}

void native_code128(Bytes& out, std::string_view data, int module_dots, int height_dots) {
    append(out, std::array<std::uint8_t, 3>{kGs, 0x68, clamp_byte(height_dots, 1, 255)});
    append(out, std::array<std::uint8_t, 3>{kGs, 0x77, clamp_byte(module_dots, 2, 6)});
    append(out, std::array<std::uint8_t, 3>{kGs, 0x48, 0x02});  // human-readable text below
    Bytes symbol{'{', 'B'};
    for (char c : data) {
        symbol.push_back(static_cast<std::uint8_t>(c));
        if (c == '{') symbol.push_back('{');  // "{{" is a literal brace in set B
    }
    append(out, std::array<std::uint8_t, 3>{kGs, 0x6B, 0x49});
    out.push_back(clamp_byte(static_cast<int>(symbol.size()), 0, 255));
    append(out, symbol);
}

void automatic_status_back(Bytes& out, bool on) {
    append(out, std::array<std::uint8_t, 3>{kGs, 0x61, static_cast<std::uint8_t>(on ? 0x0F : 0x00)});
}

void transmit_paper_status(Bytes& out) { append(out, std::array<std::uint8_t, 3>{kGs, 0x72, 0x01}); }

void clear_buffers(Bytes& out) {
    append(out, std::array<std::uint8_t, 10>{kDle, 0x14, 0x08, 0x01, 0x03, 0x14, 0x01, 0x06, 0x02, 0x08});
}

bool printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

}  // namespace nanhai::drivers::escpos
