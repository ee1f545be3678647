// A GA/T 467 ID card reader on raw USB bulk, emulated with umockdev: the test binary runs under
// umockdev-wrapper, the testbed adds a USB device (vendor-specific interface, bulk IN 0x81 and
// OUT 0x02, 64-byte packets) and answers usbfs ioctls in-process, so the real libusb opens,
// claims and transfers as it would on a hall's reader. Bulk OUT bytes are parsed as GA/T 467
// frames and answered by a small SAM (status, id, find, select, read); bulk IN URBs wait until
// an answer is queued; a timed-out URB is discarded as the kernel would. Unplug removes the
// device (later URBs fail with ENODEV); plug adds it back.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "drivers/ga467/frame.hpp"

struct _UMockdevTestbed;
struct _UMockdevIoctlBase;
struct _UMockdevIoctlClient;
struct _UMockdevIoctlData;

namespace nanhai::test {

class UsbSamReader {
public:
    static constexpr std::uint16_t kVendor = 0x1d6b;   // test ids, not a real product
    static constexpr std::uint16_t kProduct = 0x4673;

    UsbSamReader();
    ~UsbSamReader();
    UsbSamReader(const UsbSamReader&) = delete;
    UsbSamReader& operator=(const UsbSamReader&) = delete;

    void plug();
    void unplug();
    void place_card(std::vector<std::uint8_t> text_block);
    void remove_card();

    // Every byte the host sent on bulk OUT, in order (captured exactly).
    std::vector<std::uint8_t> bulk_out() const;
    std::size_t requests() const;

    // The umockdev ioctl handler (a GObject signal, hence static and public).
    static int handle_ioctl(_UMockdevIoctlBase* handler, _UMockdevIoctlClient* client, void* self);

private:
    bool on_ioctl(_UMockdevIoctlClient* client);
    void answer(const std::vector<std::uint8_t>& body);

    _UMockdevTestbed* testbed_ = nullptr;
    _UMockdevIoctlBase* handler_ = nullptr;
    std::string sys_path_;
    mutable std::mutex mutex_;
    bool plugged_ = false;
    std::optional<std::vector<std::uint8_t>> card_;
    bool card_read_ = false;
    drivers::ga467::FrameParser parser_;
    std::deque<std::uint8_t> to_host_;
    std::vector<std::uint8_t> from_host_;
    std::size_t requests_ = 0;
    std::vector<_UMockdevIoctlData*> done_;      // URBs complete, waiting to be reaped
    std::vector<_UMockdevIoctlData*> waiting_in_;  // bulk IN URBs waiting for bytes
};

}  // namespace nanhai::test
