// Codes from a USB HID POS scanner through libusb (protocols.md §3): the first interface with
// an interrupt IN endpoint is claimed (the kernel's HID driver detached, so scans never reach
// a keyboard focus), 64-byte input reports are read and joined by HidPosAssembler. The scanner
// is found by usb:VVVV:PPPP[:SERIAL]; unplugged, it reads as not_connected.
#pragma once

#include <string>

#include "drivers/scanner/code_source.hpp"
#include "drivers/scanner/hid_pos_report.hpp"
#include "drivers/transport/usb_bulk.hpp"

namespace nanhai::drivers::scanner {

class HidPosSource final : public CodeSource {
public:
    explicit HidPosSource(UsbBulkSettings device) : device_{std::move(device)} {}
    ~HidPosSource() override;

    Result<void, hal::DeviceError> open() override;
    void close() override;
    Result<std::optional<RawScan>, hal::DeviceError> next(std::chrono::milliseconds timeout) override;
    std::string location() const override;

private:
    bool claim_interrupt_interface();

    UsbBulkSettings device_;
    libusb_context* context_ = nullptr;
    libusb_device_handle* handle_ = nullptr;
    int interface_ = -1;
    std::uint8_t endpoint_ = 0;
    int packet_size_ = 64;
    std::string where_;
    HidPosAssembler assembler_;
};

}  // namespace nanhai::drivers::scanner
