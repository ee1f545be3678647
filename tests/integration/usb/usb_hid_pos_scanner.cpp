// The umockdev HID POS scanner (see usb_hid_pos_scanner.hpp).
#include "tests/integration/usb/usb_hid_pos_scanner.hpp"

#include <algorithm>

namespace nanhai::test {
namespace {

// Device descriptor (vendor 1d6b, product 4850), then the configuration: one HID interface
// (class 03) with its HID descriptor and an interrupt IN endpoint 0x81, 64 bytes, 1 ms.
constexpr const char* kDescriptors =
    "12010002000000406b1d504801000102"
    "0301"
    "090222000101008032"
    "090400000103000000"
    "092111010001223000"
    "07058103400001";

}  // namespace

UsbHidPosScanner::UsbHidPosScanner() : FakeUsbDevice{kDescriptors, 64} { plug(); }

void UsbHidPosScanner::scan(const std::string& aim, const std::vector<std::uint8_t>& data) {
    constexpr std::size_t kPerReport = 56;
    std::size_t at = 0;
    do {
        const std::size_t n = std::min(kPerReport, data.size() - at);
        std::vector<std::uint8_t> report(64, 0);
        report[0] = 0x02;
        report[1] = static_cast<std::uint8_t>(n);
        for (std::size_t i = 0; i < 3 && i < aim.size(); ++i) report[2 + i] = static_cast<std::uint8_t>(aim[i]);
        std::copy_n(data.begin() + static_cast<std::ptrdiff_t>(at), n, report.begin() + 5);
        at += n;
        report[63] = at < data.size() ? 0x01 : 0x00;
        send(report);
    } while (at < data.size());
}

void UsbHidPosScanner::raw_report(std::vector<std::uint8_t> report) { send(report); }

}  // namespace nanhai::test
