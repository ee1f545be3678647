// HID POS report assembly (see hid_pos_report.hpp).
#include "drivers/scanner/hid_pos_report.hpp"

namespace nanhai::drivers::scanner {
namespace {

constexpr std::uint8_t kReportId = 0x02;
constexpr std::size_t kLength = 1, kAim = 2, kData = 5, kFlags = 63;
constexpr std::uint8_t kMoreFollows = 0x01;

std::string aim_of(std::span<const std::uint8_t> report) {
    if (report[kAim] != ']') return {};
    return std::string{static_cast<char>(report[kAim]), static_cast<char>(report[kAim + 1]),
                       static_cast<char>(report[kAim + 2])};
}

}  // namespace

void HidPosAssembler::reset() {
    scan_ = {};
    in_progress_ = false;
}

Result<std::optional<HidPosScan>, std::string> HidPosAssembler::feed(std::span<const std::uint8_t> report) {
    const auto refuse = [this](std::string why) {
        reset();
        return fail(std::move(why));
    };
    if (report.size() != kReportSize)
        return refuse("HID POS report of " + std::to_string(report.size()) + " bytes (64 expected)");
    if (report[0] != kReportId) return refuse("not a HID POS input report (id " + std::to_string(report[0]) + ")");
    const std::size_t length = report[kLength];
    if (length > kMaxDataPerReport) return refuse("HID POS report claims " + std::to_string(length) + " data bytes (56 at most)");
    if (!in_progress_) scan_.symbology = aim_of(report);
    if (scan_.data.size() + length > kMaxScan) return refuse("scanned code longer than 8192 bytes");
    scan_.data.insert(scan_.data.end(), report.begin() + kData, report.begin() + static_cast<std::ptrdiff_t>(kData + length));
    if (report[kFlags] & kMoreFollows) {
        in_progress_ = true;
        return std::optional<HidPosScan>{};
    }
    HidPosScan done = std::move(scan_);
    reset();
    return std::optional<HidPosScan>{std::move(done)};
}

}  // namespace nanhai::drivers::scanner
