// The libusb bulk transport (see usb_bulk.hpp).
#include "drivers/transport/usb_bulk.hpp"

#include <libusb.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <cstdio>

#include "common/log.hpp"
#include "drivers/transport/fd_io.hpp"

namespace nanhai::drivers {
namespace {

// A multiple of every bulk wMaxPacketSize (64, 512, 1024): a smaller read buffer than a
// packet the device sends is an overflow error in USB.
constexpr std::size_t kReadChunk = 4096;
// How long one bulk IN transfer of a longer wait lasts before the wake-up is looked at.
constexpr std::chrono::milliseconds kWakeupSlice{50};

std::optional<std::uint16_t> hex16(std::string_view text) {
    std::uint16_t value = 0;
    if (text.size() != 4) return std::nullopt;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string ids(const UsbBulkSettings& s) {
    char text[16];
    std::snprintf(text, sizeof text, "%04x:%04x", s.vendor_id, s.product_id);
    return text;
}

hal::DeviceError absent(std::string detail) {
    return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, std::move(detail)};
}

std::string serial_of(libusb_device_handle* handle, const libusb_device_descriptor& d) {
    if (d.iSerialNumber == 0) return {};
    unsigned char text[128] = {};
    const int n = libusb_get_string_descriptor_ascii(handle, d.iSerialNumber, text, sizeof text);
    return n > 0 ? std::string{reinterpret_cast<char*>(text), static_cast<std::size_t>(n)} : std::string{};
}

}  // namespace

std::string usb_ids(const UsbBulkSettings& settings) { return ids(settings); }

libusb_device_handle* open_matching_usb_device(libusb_context* context, const UsbBulkSettings& settings,
                                               std::string& where) {
    libusb_device_handle* found = nullptr;
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(context, &list);
    for (ssize_t i = 0; i < count && !found; ++i) {
        libusb_device_descriptor d{};
        if (libusb_get_device_descriptor(list[i], &d) != 0) continue;
        if (d.idVendor != settings.vendor_id || d.idProduct != settings.product_id) continue;
        libusb_device_handle* handle = nullptr;
        if (libusb_open(list[i], &handle) != 0) continue;
        if (!settings.serial.empty() && serial_of(handle, d) != settings.serial) {
            libusb_close(handle);
            continue;
        }
        found = handle;
        where = "bus " + std::to_string(libusb_get_bus_number(list[i])) + " device " +
                std::to_string(libusb_get_device_address(list[i]));
    }
    if (list) libusb_free_device_list(list, 1);  // allocated even when it lists no device
    return found;
}

Result<UsbBulkSettings, std::string> parse_usb_uri(std::string_view uri) {
    const auto bad = [&uri] { return "\"" + std::string{uri} + "\" is not usb:VVVV:PPPP[:SERIAL]"; };
    if (!uri.starts_with("usb:")) return fail(bad());
    uri.remove_prefix(4);
    UsbBulkSettings s;
    auto vendor = hex16(uri.substr(0, 4));
    if (!vendor || uri.size() < 9 || uri[4] != ':') return fail(bad());
    auto product = hex16(uri.substr(5, 4));
    if (!product) return fail(bad());
    if (uri.size() > 9) {
        if (uri[9] != ':' || uri.size() == 10) return fail(bad());
        s.serial = std::string{uri.substr(10)};
    }
    s.vendor_id = *vendor;
    s.product_id = *product;
    return s;
}

UsbBulkTransport::~UsbBulkTransport() {
    close();
    if (context_) libusb_exit(context_);
}

Result<void, hal::DeviceError> UsbBulkTransport::open() {
    if (handle_) return {};
    if (!context_ && libusb_init(&context_) != 0) {
        context_ = nullptr;
        return fail(absent("libusb_init failed"));
    }
    handle_ = open_matching_usb_device(context_, settings_, where_);
    if (!handle_) return fail(absent("no USB device " + ids(settings_)));
    if (!claim_bulk_interface()) {
        close();
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance,
                                     "USB device " + ids(settings_) + " has no free interface with bulk IN and OUT"});
    }
    log_event(LogLevel::info, "device.usb.opened", {{"device", location()}});
    return {};
}

bool UsbBulkTransport::claim_bulk_interface() {
    libusb_set_auto_detach_kernel_driver(handle_, 1);  // a kernel driver on it would keep us out
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(libusb_get_device(handle_), &config) != 0) return false;
    for (int i = 0; i < config->bNumInterfaces && interface_ < 0; ++i) {
        if (config->interface[i].num_altsetting < 1) continue;
        const auto& alt = config->interface[i].altsetting[0];
        std::uint8_t in = 0, out = 0;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const auto& ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK) continue;
            if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) in = in ? in : ep.bEndpointAddress;
            else out = out ? out : ep.bEndpointAddress;
        }
        if (in && out && libusb_claim_interface(handle_, alt.bInterfaceNumber) == 0) {
            interface_ = alt.bInterfaceNumber;
            in_endpoint_ = in;
            out_endpoint_ = out;
        }
    }
    libusb_free_config_descriptor(config);
    return interface_ >= 0;
}

void UsbBulkTransport::close() {
    if (!handle_) return;
    if (interface_ >= 0) libusb_release_interface(handle_, interface_);
    libusb_close(handle_);
    handle_ = nullptr;
    interface_ = -1;
    pending_.clear();
}

hal::DeviceError UsbBulkTransport::gone(const std::string& what, int code) {
    close();
    return absent(what + ": " + libusb_error_name(code));
}

Result<void, hal::DeviceError> UsbBulkTransport::write_all(std::span<const std::uint8_t> bytes) {
    if (!handle_) return fail(absent("USB device " + ids(settings_) + " is not open"));
    std::vector<std::uint8_t> data{bytes.begin(), bytes.end()};  // libusb wants a mutable buffer
    std::size_t sent = 0;
    while (sent < data.size()) {
        int n = 0;
        const int rc = libusb_bulk_transfer(handle_, out_endpoint_, data.data() + sent, static_cast<int>(data.size() - sent),
                                            &n, static_cast<unsigned>(settings_.write_timeout.count()));
        sent += static_cast<std::size_t>(std::max(n, 0));
        if (rc == LIBUSB_ERROR_TIMEOUT && n > 0) continue;
        if (rc == LIBUSB_ERROR_TIMEOUT)
            return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, "USB bulk OUT timed out"});
        if (rc != 0) return fail(gone("USB bulk OUT", rc));
    }
    return {};
}

Result<std::size_t, hal::DeviceError> UsbBulkTransport::read_some(std::span<std::uint8_t> buffer,
                                                                  std::chrono::milliseconds timeout) {
    if (!handle_) return fail(absent("USB device " + ids(settings_) + " is not open"));
    // libusb's synchronous transfer cannot wait on the wake-up too: a long wait is cut into
    // short transfers with a look at the wake-up between them.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (pending_.empty()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        const auto slice = std::clamp(left, std::chrono::milliseconds{1}, kWakeupSlice);
        std::vector<std::uint8_t> chunk(kReadChunk);
        int n = 0;
        const int rc = libusb_bulk_transfer(handle_, in_endpoint_, chunk.data(), static_cast<int>(chunk.size()), &n,
                                            static_cast<unsigned>(slice.count()));
        if (rc != 0 && rc != LIBUSB_ERROR_TIMEOUT) return fail(gone("USB bulk IN", rc));
        pending_.assign(chunk.begin(), chunk.begin() + std::max(n, 0));
        if (!pending_.empty()) break;
        if (std::chrono::steady_clock::now() >= deadline || wakeup_pending(wakeup_fd_)) return std::size_t{0};
    }
    const std::size_t n = std::min(buffer.size(), pending_.size());
    std::copy_n(pending_.begin(), n, buffer.begin());
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(n));
    return n;
}

Result<std::vector<std::uint8_t>, hal::DeviceError> UsbBulkTransport::interface_request_in(std::uint8_t request,
                                                                                           std::uint16_t value,
                                                                                           std::uint16_t index,
                                                                                           std::size_t length) {
    if (!handle_) return fail(absent("USB device " + ids(settings_) + " is not open"));
    std::vector<std::uint8_t> data(length);
    constexpr std::uint8_t kClassInterfaceIn = 0xA1;  // device to host, class, interface
    const int n = libusb_control_transfer(handle_, kClassInterfaceIn, request, value, index, data.data(),
                                          static_cast<std::uint16_t>(length), 1000);
    if (n == LIBUSB_ERROR_PIPE)
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance,
                                     "USB device " + ids(settings_) + " refuses class request " + std::to_string(request)});
    if (n < 0) return fail(gone("USB control IN", n));
    data.resize(static_cast<std::size_t>(n));
    return data;
}

std::string UsbBulkTransport::location() const {
    std::string text = "usb:" + ids(settings_);
    if (!settings_.serial.empty()) text += ":" + settings_.serial;
    if (handle_) text += " (" + where_ + ")";
    return text;
}

}  // namespace nanhai::drivers
