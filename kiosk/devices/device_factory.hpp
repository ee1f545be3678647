// The one place that chooses device drivers from KioskConfig: the simulated devices, the GA/T
// 467 ID card reader (ga467-serial, ga467-usb), the PC/SC certificate reader (pcsc), the
// ESC/POS receipt printer (escpos, over TCP, usblp or USB) and the code scanners (serial,
// hid-pos, wedge, camera). A new driver is added here, and nothing else in the app changes.
// It lives in the app (kiosk/devices), not in drivers/: drivers know hal and their own option
// structs, never the kiosk's configuration.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/scanner/code_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "drivers/sim/sim_devices.hpp"
#include "hal/byte_transport.hpp"
#include "hal/device_set.hpp"
#include "kiosk/config/kiosk_config.hpp"

namespace nanhai::kiosk::devices {

// Builds (does not start) every device. Errors name the config key: an unknown driver
// ("receipt_printer: driver \"escpos-usb\" is not available in this build"), an unsupported
// paper width, a control socket that cannot be opened.
// `sim_handles_out` (may be null) receives typed pointers to the simulated devices and owns
// the control server; with null, no control socket is opened.
Result<hal::DeviceSet, std::string> make_devices(const KioskConfig& config,
                                                 drivers::SimDevices* sim_handles_out);

// The printer's byte stream from its URI (tcp://HOST[:PORT], /dev/..., usb:VVVV:PPPP[:SERIAL])
// and the driver name it reports ("escpos-tcp", "escpos-lp", "escpos-usb"). Also used by
// kiosk-diag printer.
struct PrinterTransport {
    std::unique_ptr<hal::ByteTransport> transport;
    std::string driver;
};
Result<PrinterTransport, std::string> make_printer_transport(std::string_view uri);
// A real scanner from code_scanner's driver and uri: serial (/dev/ttyACM0, baud), hid-pos
// (usb:VVVV:PPPP[:SERIAL]), wedge (/dev/input/...) or camera (/dev/videoN). Also used by
// kiosk-diag scanner.
Result<std::unique_ptr<drivers::scanner::CodeSource>, std::string> make_scanner_source(const DeviceConfig& config);
Result<std::unique_ptr<drivers::scanner::ScannerDriver>, std::string> make_real_scanner(const DeviceConfig& config);

// Paper width, strategy and QR mode from the printer config; errors name the key.
Result<drivers::escpos::EncoderOptions, std::string> printer_encoder_options(const PrinterConfig& config);
// Everything the ESC/POS driver takes from the printer config (encoder, job confirmation);
// `driver` is the transport's driver name.
Result<drivers::escpos::EscposPrinterOptions, std::string> escpos_printer_options(const PrinterConfig& config, std::string driver);

}  // namespace nanhai::kiosk::devices
