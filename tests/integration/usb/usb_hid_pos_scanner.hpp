// A USB HID POS bar code scanner (a FakeUsbDevice): one HID interface with an interrupt IN
// endpoint 0x81 of 64 bytes. scan() queues a code as HID POS input reports (protocols.md §3),
// split over as many 64-byte reports as it needs, the more-follows bit set on all but the last.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tests/integration/usb/fake_usb_device.hpp"

namespace nanhai::test {

class UsbHidPosScanner final : public FakeUsbDevice {
public:
    static constexpr std::uint16_t kVendor = 0x1d6b;  // test ids, not a real product
    static constexpr std::uint16_t kProduct = 0x4850;

    UsbHidPosScanner();
    ~UsbHidPosScanner() override { unplug(); }

    void scan(const std::string& aim, const std::vector<std::uint8_t>& data);
    void scan(const std::string& aim, const std::string& text) { scan(aim, std::vector<std::uint8_t>{text.begin(), text.end()}); }
    // One raw report as it is (malformed ones for the tests).
    void raw_report(std::vector<std::uint8_t> report);

private:
    void on_out(std::span<const std::uint8_t>) override {}
};

}  // namespace nanhai::test
