// ESC/POS real-time status (DLE EOT n, protocols.md §4): the four queries a printer answers at
// once, even mid-job, each with one byte of pattern 0xx1xx10, and what their bits mean:
//   n=1 printer: bit 3 offline;
//   n=2 offline cause: 0x04 cover open, 0x08 paper fed by the button, 0x20 stopped at paper
//       end, 0x40 error;
//   n=3 error cause: 0x08 cutter error, 0x20 unrecoverable, 0x40 auto-recoverable;
//   n=4 paper: 0x0C paper near end, 0x60 paper end.
// Pure code: the printer drivers poll with it; the fuzz target feeds it anything.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "common/result.hpp"
#include "hal/device_events.hpp"

namespace nanhai::drivers::escpos {

enum class StatusQuery : std::uint8_t { printer = 1, offline_cause = 2, error_cause = 3, paper = 4 };

// 10 04 n
std::array<std::uint8_t, 3> status_request(StatusQuery query);
// A real-time status byte always has bit 7 = 0, bit 4 = 1, bit 1 = 1 and bit 0 = 0; anything
// else on the line is not an answer to DLE EOT (ASB packets, stray data).
bool is_status_byte(std::uint8_t byte);

struct RealTimeStatus {
    bool offline = false;
    bool cover_open = false;
    bool feeding_by_button = false;
    bool stopped_at_paper_end = false;
    bool error = false;
    bool cutter_error = false;
    bool unrecoverable_error = false;
    bool auto_recoverable_error = false;
    bool paper_near_end = false;
    bool paper_end = false;
};

// The answers to n = 1, 2, 3, 4, in that order. A byte outside the pattern is an error that
// names the query.
Result<RealTimeStatus, std::string> decode_status(std::span<const std::uint8_t, 4> answers);

// What the app's hal sees: paper level, cover, cutter, offline (for another reason than the
// cover or the paper, which say it themselves).
hal::PrinterStatus to_printer_status(const RealTimeStatus& status);

}  // namespace nanhai::drivers::escpos
