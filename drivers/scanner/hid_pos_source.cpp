// HID POS over libusb (see hid_pos_source.hpp).
#include "drivers/scanner/hid_pos_source.hpp"

#include <libusb.h>

#include <algorithm>

#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers::scanner {
namespace {

hal::DeviceError absent(std::string detail) {
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, std::move(detail)};
}

}  // namespace

HidPosSource::~HidPosSource() {
    close();
    if (context_) libusb_exit(context_);
}

Result<void, hal::DeviceError> HidPosSource::open() {
    if (handle_) return {};
    if (!context_ && libusb_init(&context_) != 0) {
        context_ = nullptr;
        return fail(absent("libusb_init failed"));
    }
    handle_ = open_matching_usb_device(context_, device_, where_);
    if (!handle_) return fail(absent("no USB scanner " + usb_ids(device_)));
    if (!claim_interrupt_interface()) {
        close();
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance,
                                     "USB device " + usb_ids(device_) + " has no free interface with an interrupt IN endpoint"});
    }
    assembler_.reset();
    return {};
}

bool HidPosSource::claim_interrupt_interface() {
    libusb_set_auto_detach_kernel_driver(handle_, 1);  // usbhid would turn scans into keys
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(libusb_get_device(handle_), &config) != 0) return false;
    for (int i = 0; i < config->bNumInterfaces && interface_ < 0; ++i) {
        if (config->interface[i].num_altsetting < 1) continue;
        const auto& alt = config->interface[i].altsetting[0];
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const auto& ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_INTERRUPT) continue;
            if (!(ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)) continue;
            if (libusb_claim_interface(handle_, alt.bInterfaceNumber) != 0) break;
            interface_ = alt.bInterfaceNumber;
            endpoint_ = ep.bEndpointAddress;
            packet_size_ = std::max<int>(ep.wMaxPacketSize, 64);
            break;
        }
    }
    libusb_free_config_descriptor(config);
    return interface_ >= 0;
}

void HidPosSource::close() {
    if (!handle_) return;
    if (interface_ >= 0) libusb_release_interface(handle_, interface_);
    libusb_close(handle_);
    handle_ = nullptr;
    interface_ = -1;
}

Result<std::optional<RawScan>, hal::DeviceError> HidPosSource::next(std::chrono::milliseconds timeout) {
    if (!handle_) return fail(absent("USB scanner " + usb_ids(device_) + " is not open"));
    std::vector<std::uint8_t> report(static_cast<std::size_t>(packet_size_));
    int n = 0;
    // libusb's synchronous transfer cannot wait on the wake-up: short transfers, a look between.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int rc = LIBUSB_ERROR_TIMEOUT;
    while (rc == LIBUSB_ERROR_TIMEOUT) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const auto slice = std::clamp(left, std::chrono::milliseconds{1}, std::chrono::milliseconds{50});
        rc = libusb_interrupt_transfer(handle_, endpoint_, report.data(), static_cast<int>(report.size()), &n,
                                       static_cast<unsigned>(slice.count()));
        if (rc == LIBUSB_ERROR_TIMEOUT && (std::chrono::steady_clock::now() >= deadline || wakeup_pending(wakeup_fd_)))
            return std::optional<RawScan>{};
    }
    if (rc != 0) {
        const std::string reason = std::string{"USB interrupt IN: "} + libusb_error_name(rc);
        close();
        return fail(absent(reason));
    }
    report.resize(static_cast<std::size_t>(n));
    auto assembled = assembler_.feed(report);
    if (!assembled)
        return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, assembled.error()});
    if (!*assembled) return std::optional<RawScan>{};
    return std::optional<RawScan>{RawScan{std::move((*assembled)->symbology), std::move((*assembled)->data)}};
}

std::string HidPosSource::location() const {
    std::string text = "usb:" + usb_ids(device_);
    if (!device_.serial.empty()) text += ":" + device_.serial;
    if (handle_) text += " (" + where_ + ")";
    return text;
}

}  // namespace nanhai::drivers::scanner
