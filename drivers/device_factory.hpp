// The one place that chooses device drivers from KioskConfig: the simulated devices, the GA/T
// 467 ID card reader (ga467-serial, ga467-usb) and the PC/SC certificate reader (pcsc). Drivers
// to come (scanners, ESC/POS printers) are added here, and nothing else in the app changes.
#pragma once

#include <string>

#include "common/result.hpp"
#include "drivers/sim/sim_devices.hpp"
#include "hal/device_set.hpp"
#include "kiosk/config/kiosk_config.hpp"

namespace nanhai::drivers {

// Builds (does not start) every device. Errors name the config key: an unknown driver
// ("receipt_printer: driver \"escpos-usb\" is not available in this build"), an unsupported
// paper width, a control socket that cannot be opened.
// `sim_handles_out` (may be null) receives typed pointers to the simulated devices and owns
// the control server; with null, no control socket is opened.
Result<hal::DeviceSet, std::string> make_devices(const kiosk::KioskConfig& config,
                                                 SimDevices* sim_handles_out);

}  // namespace nanhai::drivers
