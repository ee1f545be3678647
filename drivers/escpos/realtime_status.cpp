// ESC/POS real-time status (see realtime_status.hpp).
#include "drivers/escpos/realtime_status.hpp"

#include <cstdio>

namespace nanhai::drivers::escpos {
namespace {

constexpr std::uint8_t kPatternMask = 0x93;  // bits 7, 4, 1, 0
constexpr std::uint8_t kPattern = 0x12;      // 0xx1xx10

std::string bad_byte(StatusQuery query, std::uint8_t byte) {
    char text[64];
    std::snprintf(text, sizeof text, "DLE EOT %d answered 0x%02X, not a status byte", static_cast<int>(query),
                  static_cast<unsigned>(byte));
    return text;
}

}  // namespace

std::array<std::uint8_t, 3> status_request(StatusQuery query) {
    return {0x10, 0x04, static_cast<std::uint8_t>(query)};
}

bool is_status_byte(std::uint8_t byte) { return (byte & kPatternMask) == kPattern; }

Result<RealTimeStatus, std::string> decode_status(std::span<const std::uint8_t, 4> answers) {
    constexpr StatusQuery kOrder[] = {StatusQuery::printer, StatusQuery::offline_cause, StatusQuery::error_cause,
                                      StatusQuery::paper};
    for (std::size_t i = 0; i < 4; ++i)
        if (!is_status_byte(answers[i])) return fail(bad_byte(kOrder[i], answers[i]));
    RealTimeStatus s;
    s.offline = answers[0] & 0x08;
    s.cover_open = answers[1] & 0x04;
    s.feeding_by_button = answers[1] & 0x08;
    s.stopped_at_paper_end = answers[1] & 0x20;
    s.error = answers[1] & 0x40;
    s.cutter_error = answers[2] & 0x08;
    s.unrecoverable_error = answers[2] & 0x20;
    s.auto_recoverable_error = answers[2] & 0x40;
    s.paper_near_end = answers[3] & 0x0C;
    s.paper_end = answers[3] & 0x60;
    return s;
}

hal::PrinterStatus to_printer_status(const RealTimeStatus& s) {
    hal::PrinterStatus out;
    out.paper = s.paper_end || s.stopped_at_paper_end ? hal::PaperLevel::out
                : s.paper_near_end                    ? hal::PaperLevel::low
                                                      : hal::PaperLevel::ok;
    out.cover_open = s.cover_open;
    out.cutter_error = s.cutter_error;
    out.offline = (s.offline || s.unrecoverable_error) && !s.cover_open && out.paper != hal::PaperLevel::out;
    return out;
}

}  // namespace nanhai::drivers::escpos
