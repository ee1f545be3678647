// What an ESC/POS printer sends back besides real-time status (realtime_status.hpp):
//   automatic status back (GS a n, protocols.md §4): four bytes pushed on every change, the
//     first of pattern 0xx1xx00 and the others 0xx0xxxx:
//       byte 1: 0x08 offline, 0x20 cover open, 0x40 paper fed by the button;
//       byte 2: 0x08 cutter error, 0x20 unrecoverable error, 0x40 auto-recoverable error;
//       byte 3: 0x03 paper near end, 0x0C paper end;
//   the paper sensor status (GS r 1), one byte of pattern 0xx0xx00: 0x03 near end, 0x0C end.
// A ReplySplitter sorts the bytes that arrive into these and the DLE EOT answers, so that a
// driver reading one stream can tell what each byte is.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "common/result.hpp"
#include "drivers/escpos/realtime_status.hpp"

namespace nanhai::drivers::escpos {

bool is_asb_first_byte(std::uint8_t byte);
Result<RealTimeStatus, std::string> decode_asb(std::span<const std::uint8_t, 4> packet);
// The printer side, for the virtual printer in tests/ and the fuzz target's round trip.
std::array<std::uint8_t, 4> encode_asb(const RealTimeStatus& status);

struct PaperSensorStatus {
    bool near_end = false;
    bool end = false;
};
bool is_paper_status_byte(std::uint8_t byte);
PaperSensorStatus decode_paper_status(std::uint8_t byte);

struct RealTimeAnswer {
    std::uint8_t byte;
};
struct AutomaticStatus {
    RealTimeStatus status;
};
struct PaperStatusAnswer {
    PaperSensorStatus status;
};
struct UnexpectedByte {  // fits no pattern, or an ASB packet whose later bytes are malformed
    std::uint8_t byte;
};
using PrinterReply = std::variant<RealTimeAnswer, AutomaticStatus, PaperStatusAnswer, UnexpectedByte>;

// Bytes in, replies out, across reads: an ASB packet split over two reads is joined.
class ReplySplitter {
public:
    std::vector<PrinterReply> feed(std::span<const std::uint8_t> bytes);

private:
    std::vector<std::uint8_t> asb_;  // an ASB packet being collected
};

}  // namespace nanhai::drivers::escpos
