// A USB device emulated with umockdev for tests of libusb drivers: the test binary runs under
// umockdev-wrapper, the testbed adds the device with the given descriptors at bus 1 address 1
// and answers the usbfs ioctls in-process, so the real libusb enumerates, opens, claims and
// transfers as it would with hardware. Control requests go to on_control(); OUT transfers (bulk
// or interrupt) go to on_out(); IN
// URBs wait until bytes are queued (a whole packet at most per interrupt URB); a timed-out URB
// is discarded as the kernel would (-ENOENT). unplug() removes the device: the open file
// descriptor then answers ENODEV. A device subclass says what the device does.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <deque>
#include <mutex>
#include <span>
#include <string>
#include <vector>

struct _UMockdevTestbed;
struct _UMockdevIoctlBase;
struct _UMockdevIoctlClient;
struct _UMockdevIoctlData;

namespace nanhai::test {

class FakeUsbDevice {
public:
    FakeUsbDevice(const FakeUsbDevice&) = delete;
    FakeUsbDevice& operator=(const FakeUsbDevice&) = delete;
    virtual ~FakeUsbDevice();

    void plug();
    void unplug();
    // Bytes for the host's next IN transfers (a scanner's reports, a printer's status).
    void send(std::span<const std::uint8_t> bytes);
    // Every byte the host sent OUT, in order (captured exactly).
    std::vector<std::uint8_t> received() const;

    // The umockdev ioctl handler (a GObject signal, hence static and public).
    static int handle_ioctl(_UMockdevIoctlBase* handler, _UMockdevIoctlClient* client, void* self);

protected:
    // `descriptors_hex`: the device descriptor then the configuration, as sysfs shows them.
    FakeUsbDevice(std::string descriptors_hex, std::size_t packet_size);
    // Called with the device's lock held: use queue_in(), not send().
    virtual void on_out(std::span<const std::uint8_t> bytes) = 0;
    virtual void on_plug() {}
    // A control request (setup packet: bmRequestType, bRequest, wValue, wIndex, wLength); the
    // data stage to return, or nullopt to stall. Called with the device's lock held.
    virtual std::optional<std::vector<std::uint8_t>> on_control(const std::array<std::uint8_t, 8>&) { return std::nullopt; }
    void queue_in(std::span<const std::uint8_t> bytes);
    std::mutex& lock() const { return mutex_; }

private:
    bool on_ioctl(_UMockdevIoctlClient* client);

    std::string descriptors_;
    std::size_t packet_size_;
    _UMockdevTestbed* testbed_ = nullptr;
    _UMockdevIoctlBase* handler_ = nullptr;
    mutable std::mutex mutex_;
    bool plugged_ = false;
    std::deque<std::uint8_t> to_host_;
    std::vector<std::uint8_t> from_host_;
    std::vector<_UMockdevIoctlData*> done_;        // URBs complete, waiting to be reaped
    std::vector<_UMockdevIoctlData*> waiting_in_;  // IN URBs waiting for bytes
};

}  // namespace nanhai::test
