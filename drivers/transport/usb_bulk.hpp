// A USB device's bulk pipe pair through libusb, as a byte stream: the transport of ID card
// readers that speak GA/T 467 frames over raw USB bulk instead of a USB serial bridge. The
// device is found by vendor and product id (and its serial number, when given); the first
// interface with a bulk IN and a bulk OUT endpoint is claimed, a kernel driver detached if one
// holds it. An unplugged device reads and writes as not_connected and closes; open() looks
// for it again, so replugging needs nothing else.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hal/byte_transport.hpp"

struct libusb_context;
struct libusb_device_handle;

namespace nanhai::drivers {

struct UsbBulkSettings {
    std::uint16_t vendor_id = 0;
    std::uint16_t product_id = 0;
    std::string serial;  // "" = any device with these ids
    std::chrono::milliseconds write_timeout{1000};
};

// "usb:10c4:ea60" or "usb:10c4:ea60:SERIAL" (hexadecimal ids).
Result<UsbBulkSettings, std::string> parse_usb_uri(std::string_view uri);
// "10c4:ea60"
std::string usb_ids(const UsbBulkSettings& settings);
// Opens the first device with the settings' ids (and serial number, when given); sets `where`
// to "bus B device D". nullptr when there is none. Shared by the USB drivers.
libusb_device_handle* open_matching_usb_device(libusb_context* context, const UsbBulkSettings& settings,
                                               std::string& where);

class UsbBulkTransport final : public hal::ByteTransport {
public:
    explicit UsbBulkTransport(UsbBulkSettings settings) : settings_{std::move(settings)} {}
    ~UsbBulkTransport() override;

    Result<void, hal::DeviceError> open() override;
    void close() override;
    bool is_open() const override { return handle_ != nullptr; }
    Result<void, hal::DeviceError> write_all(std::span<const std::uint8_t> bytes) override;
    Result<std::size_t, hal::DeviceError> read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) override;
    std::string location() const override;

    // A class-specific request to the claimed interface, device to host (bmRequestType 0xA1):
    // the printer class's GET_DEVICE_ID and GET_PORT_STATUS (usb_printer_class.hpp).
    Result<std::vector<std::uint8_t>, hal::DeviceError> interface_request_in(std::uint8_t request, std::uint16_t value,
                                                                             std::uint16_t index, std::size_t length);
    int claimed_interface() const { return interface_; }

private:
    hal::DeviceError gone(const std::string& what, int code);
    bool claim_bulk_interface();

    UsbBulkSettings settings_;
    libusb_context* context_ = nullptr;
    libusb_device_handle* handle_ = nullptr;
    int interface_ = -1;
    std::uint8_t in_endpoint_ = 0;
    std::uint8_t out_endpoint_ = 0;
    std::vector<std::uint8_t> pending_;  // received beyond what the caller's buffer took
    std::string where_;                  // bus and address of the open device
};

}  // namespace nanhai::drivers
