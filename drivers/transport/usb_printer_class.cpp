// USB printer class requests (see usb_printer_class.hpp).
#include "drivers/transport/usb_printer_class.hpp"

#include <algorithm>

namespace nanhai::drivers {
namespace {

constexpr std::uint8_t kGetDeviceId = 0x00;
constexpr std::uint8_t kGetPortStatus = 0x01;

hal::DeviceError bad_answer(std::string detail) {
    return {hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, std::move(detail)};
}

}  // namespace

UsbPrinterPortStatus decode_port_status(std::uint8_t byte) {
    return {(byte & 0x08) != 0, (byte & 0x10) != 0, (byte & 0x20) != 0};
}

Result<UsbPrinterPortStatus, hal::DeviceError> usb_printer_port_status(UsbBulkTransport& usb) {
    const auto interface = static_cast<std::uint16_t>(std::max(usb.claimed_interface(), 0));
    auto answer = usb.interface_request_in(kGetPortStatus, 0, interface, 1);
    if (!answer) return fail(answer.error());
    if (answer->size() != 1) return fail(bad_answer("GET_PORT_STATUS answered " + std::to_string(answer->size()) + " bytes"));
    return decode_port_status(answer->front());
}

Result<std::string, hal::DeviceError> usb_printer_device_id(UsbBulkTransport& usb) {
    // wIndex: the interface in the high byte, the alternate setting (0) in the low byte.
    const auto index = static_cast<std::uint16_t>(std::max(usb.claimed_interface(), 0) << 8);
    auto answer = usb.interface_request_in(kGetDeviceId, 0, index, 1024);
    if (!answer) return fail(answer.error());
    if (answer->size() < 2) return fail(bad_answer("GET_DEVICE_ID answered no length"));
    const std::size_t length = (static_cast<std::size_t>((*answer)[0]) << 8) | (*answer)[1];
    if (length < 2 || length > answer->size()) return fail(bad_answer("GET_DEVICE_ID length " + std::to_string(length) + " does not match"));
    return std::string(answer->begin() + 2, answer->begin() + static_cast<std::ptrdiff_t>(length));
}

}  // namespace nanhai::drivers
