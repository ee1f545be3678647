// A USB receipt printer (a FakeUsbDevice): the printer class interface (07/01, protocol 2,
// bidirectional) with bulk OUT 0x01 and bulk IN 0x82. What the host sends goes to the virtual
// printer's interpreter, whose replies come back on bulk IN; GET_DEVICE_ID and GET_PORT_STATUS
// are answered as the printer class defines them.
#pragma once

#include "tests/integration/usb/fake_usb_device.hpp"
#include "tests/virtual_printer/escpos_interpreter.hpp"

namespace nanhai::test {

class UsbEscposPrinter final : public FakeUsbDevice {
public:
    static constexpr std::uint16_t kVendor = 0x1d6b;  // test ids, not a real product
    static constexpr std::uint16_t kProduct = 0x5050;
    static constexpr const char* kDeviceId = "MFG:Nanhai Test;MDL:TP80;CMD:ESC/POS;CLS:PRINTER;";

    UsbEscposPrinter();
    ~UsbEscposPrinter() override { unplug(); }

    void set_paper(PaperCondition paper);
    void set_paper_remaining(int rows);
    std::vector<PrintedSlip> complete_slips() const;
    std::vector<PrintedSlip> slips() const;
    std::size_t buffered_bytes() const;

private:
    void on_out(std::span<const std::uint8_t> bytes) override;
    std::optional<std::vector<std::uint8_t>> on_control(const std::array<std::uint8_t, 8>& setup) override;

    EscposInterpreter interpreter_;
};

}  // namespace nanhai::test
