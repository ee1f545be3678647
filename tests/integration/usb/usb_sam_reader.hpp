// A GA/T 467 ID card reader on raw USB bulk (a FakeUsbDevice): a vendor-specific interface
// with bulk IN 0x81 and OUT 0x02, 64-byte packets. Bulk OUT bytes are parsed as GA/T 467 frames
// and answered by a small SAM (status, id, find, select, read) on bulk IN.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "drivers/ga467/frame.hpp"
#include "tests/integration/usb/fake_usb_device.hpp"

namespace nanhai::test {

class UsbSamReader final : public FakeUsbDevice {
public:
    static constexpr std::uint16_t kVendor = 0x1d6b;  // test ids, not a real product
    static constexpr std::uint16_t kProduct = 0x4673;

    UsbSamReader();
    ~UsbSamReader() override { unplug(); }

    void place_card(std::vector<std::uint8_t> text_block);
    void remove_card();
    std::vector<std::uint8_t> bulk_out() const { return received(); }

private:
    void on_out(std::span<const std::uint8_t> bytes) override;
    void on_plug() override { parser_.reset(); }
    void answer(const std::vector<std::uint8_t>& body);

    std::optional<std::vector<std::uint8_t>> card_;
    bool card_read_ = false;
    drivers::ga467::FrameParser parser_;
};

}  // namespace nanhai::test
