// USB HID POS bar code scanner input reports (usage page 0x8C, usage 0x02; protocols.md §3):
// 64 bytes: [0] report id 0x02, [1] data length (at most 56), [2..4] the AIM symbology id
// ("]Q1" for QR), [5..60] data, [61] the vendor's symbology, [63] bit 0 set when more reports
// of the same code follow. HidPosAssembler joins the reports of one code. Pure code: the
// libusb driver and the fuzz target feed it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::drivers::scanner {

struct HidPosScan {
    std::string symbology;           // AIM id ("]Q1"), "" when the scanner sends none
    std::vector<std::uint8_t> data;  // the code's bytes, not yet decoded as text
};

class HidPosAssembler {
public:
    static constexpr std::size_t kReportSize = 64;
    static constexpr std::size_t kMaxDataPerReport = 56;
    static constexpr std::size_t kMaxScan = 8192;  // far beyond any QR a kiosk reads

    // One input report. A complete code when its last report has come; nullopt while more are
    // expected. A malformed report (wrong size or id, length over 56) or a code longer than
    // kMaxScan is an error and drops what was gathered, so the next code starts clean.
    Result<std::optional<HidPosScan>, std::string> feed(std::span<const std::uint8_t> report);
    void reset();
    bool in_progress() const { return in_progress_; }

private:
    HidPosScan scan_;
    bool in_progress_ = false;
};

}  // namespace nanhai::drivers::scanner
