// ESC/POS command bytes (protocols.md §4), one function per command, so that the encoder reads
// as a list of what it asks the printer to do and the virtual printer in tests/ can be checked
// against the same table. Values outside a command's range are clamped, never sent raw.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "hal/receipt_document.hpp"

namespace nanhai::drivers::escpos {

using Bytes = std::vector<std::uint8_t>;

inline constexpr std::uint8_t kEsc = 0x1B;
inline constexpr std::uint8_t kGs = 0x1D;
inline constexpr std::uint8_t kFs = 0x1C;
inline constexpr std::uint8_t kDle = 0x10;
inline constexpr std::uint8_t kLf = 0x0A;

void append(Bytes& out, std::span<const std::uint8_t> bytes);
void append_text(Bytes& out, std::string_view bytes);

// 1B 40: clears the print buffer and every mode.
void initialise(Bytes& out);
// 1C 26 / 1C 2E: bytes 0x81..0xFE start a two-byte (GB18030 / GBK) character, or not.
void chinese_mode(Bytes& out, bool on);
// 1B 61 n
void align(Bytes& out, hal::Align alignment);
// 1B 45 n
void bold(Bytes& out, bool on);
// 1D 21 n: width and height factor 1..8 each (applies to Chinese characters too).
void character_size(Bytes& out, int factor);
// 1B 64 n: print and feed n lines.
void feed_lines(Bytes& out, int lines);
// 1D 56 41/42 n: feed n dots to the cutter, then a full or partial cut.
void feed_and_cut(Bytes& out, bool partial, int feed_dots);
// 1D 76 30 00 xL xH yL yH d...: `rows` rows of `bytes_per_row` packed bytes, MSB leftmost.
void raster_image(Bytes& out, int bytes_per_row, int rows, std::span<const std::uint8_t> packed);
// 1D 28 6B ...: model 2, module size, error level M, store the payload, print it.
void native_qr(Bytes& out, std::string_view payload, int module_dots);
// 1D 68 / 1D 77 / 1D 48 then 1D 6B 49 n "{B" data: Code 128 set B with the text below.
void native_code128(Bytes& out, std::string_view data, int module_dots, int height_dots);
// 1D 61 n: automatic status back for the drawer, on-line, error and paper sensors (n = 0x0F)
// or off (0).
void automatic_status_back(Bytes& out, bool on);
// 1D 72 01: transmit the paper sensor status. Not a real-time command: the printer answers only
// after printing everything before it, which is how a job is known to be done.
void transmit_paper_status(Bytes& out);
// 10 14 08 01 03 14 01 06 02 08: clear the receive and print buffers (real-time), so that
// nothing of an interrupted job prints when the fault is cleared.
void clear_buffers(Bytes& out);

// Native QR and Code 128 need printable ASCII (protocols.md §4); anything else is drawn.
bool printable_ascii(std::string_view text);
inline constexpr std::size_t kNativeQrMaxBytes = 7089 - 3;  // the store function's data limit
inline constexpr std::size_t kNativeCode128MaxBytes = 253;  // n counts "{B" and escapes too

}  // namespace nanhai::drivers::escpos
