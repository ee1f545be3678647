// The USB printer class's own requests (USB Device Class Definition for Printing Devices 1.1),
// over a claimed printer interface: GET_DEVICE_ID, the IEEE 1284 id string ("MFG:...;MDL:...;
// CMD:ESC/POS;"), and GET_PORT_STATUS, one byte: bit 3 no error, bit 4 selected, bit 5 paper
// empty. For kiosk-diag and self-tests; a job's status comes from ESC/POS itself.
#pragma once

#include <cstdint>
#include <string>

#include "drivers/transport/usb_bulk.hpp"

namespace nanhai::drivers {

struct UsbPrinterPortStatus {
    bool no_error = false;
    bool selected = false;
    bool paper_empty = false;
};

UsbPrinterPortStatus decode_port_status(std::uint8_t byte);
Result<UsbPrinterPortStatus, hal::DeviceError> usb_printer_port_status(UsbBulkTransport& usb);
// The id string without its two length bytes; a length that does not match is an error.
Result<std::string, hal::DeviceError> usb_printer_device_id(UsbBulkTransport& usb);

}  // namespace nanhai::drivers
