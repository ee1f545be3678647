// The umockdev USB receipt printer (see usb_escpos_printer.hpp).
#include "tests/integration/usb/usb_escpos_printer.hpp"

#include <cstring>

namespace nanhai::test {
namespace {

// Device descriptor (vendor 1d6b, product 5050), then the configuration: one printer-class
// interface (07/01/02) with bulk OUT 0x01 and bulk IN 0x82, 64 bytes.
constexpr const char* kDescriptors =
    "12010002000000406b1d505001000102"
    "0301"
    "090220000101008032"
    "090400000207010200"
    "07050102400000"
    "07058202400000";

}  // namespace

UsbEscposPrinter::UsbEscposPrinter() : FakeUsbDevice{kDescriptors, 64} { plug(); }

void UsbEscposPrinter::on_out(std::span<const std::uint8_t> bytes) {
    const auto replies = interpreter_.receive(bytes);
    queue_in(replies);
}

std::optional<std::vector<std::uint8_t>> UsbEscposPrinter::on_control(const std::array<std::uint8_t, 8>& setup) {
    const std::uint8_t request_type = setup[0], request = setup[1];
    if (request_type == 0xA1 && request == 0x00) {  // GET_DEVICE_ID: big-endian length first
        const std::size_t length = std::strlen(kDeviceId) + 2;
        std::vector<std::uint8_t> id{static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length & 0xFF)};
        id.insert(id.end(), kDeviceId, kDeviceId + std::strlen(kDeviceId));
        return id;
    }
    if (request_type == 0xA1 && request == 0x01) {  // GET_PORT_STATUS
        const auto s = interpreter_.status();
        std::uint8_t port = 0;
        if (!s.offline) port |= 0x10;                           // selected
        if (!s.offline && !s.cutter_error) port |= 0x08;        // not error
        if (s.paper_end) port |= 0x20;                          // paper empty
        return std::vector<std::uint8_t>{port};
    }
    return std::nullopt;
}

void UsbEscposPrinter::set_paper(PaperCondition paper) {
    std::lock_guard guard{lock()};
    queue_in(interpreter_.set_paper(paper));
}

void UsbEscposPrinter::set_paper_remaining(int rows) {
    std::lock_guard guard{lock()};
    interpreter_.set_paper_remaining(rows);
}

std::vector<PrintedSlip> UsbEscposPrinter::complete_slips() const {
    std::lock_guard guard{lock()};
    return interpreter_.complete_slips();
}

std::vector<PrintedSlip> UsbEscposPrinter::slips() const {
    std::lock_guard guard{lock()};
    return interpreter_.slips();
}

std::size_t UsbEscposPrinter::buffered_bytes() const {
    std::lock_guard guard{lock()};
    return interpreter_.buffered_bytes();
}

}  // namespace nanhai::test
