// The code scanner from code_scanner: the simulated one, or a real scanner over a serial line,
// HID POS (USB), a keyboard wedge (evdev) or a V4L2 camera.
#include "drivers/scanner/camera_source.hpp"
#include "drivers/scanner/evdev_source.hpp"
#include "drivers/scanner/hid_pos_source.hpp"
#include "drivers/scanner/serial_code_source.hpp"
#include "drivers/scanner/v4l2_grabber.hpp"
#include "drivers/transport/serial_port.hpp"
#include "drivers/transport/usb_bulk.hpp"
#include "kiosk/devices/device_factory.hpp"
#include "kiosk/devices/factory_parts.hpp"

namespace nanhai::kiosk::devices {

Result<std::unique_ptr<drivers::scanner::CodeSource>, std::string> make_scanner_source(const DeviceConfig& config) {
    using Source = std::unique_ptr<drivers::scanner::CodeSource>;
    if (config.driver == "serial") {
        if (config.uri.empty()) return fail(std::string{"code_scanner.uri: the serial port of the scanner (/dev/ttyACM0)"});
        if (!drivers::supported_baud(config.baud)) return fail("code_scanner.baud: " + std::to_string(config.baud) + " is not a serial speed");
        return Source{std::make_unique<drivers::scanner::SerialCodeSource>(std::make_unique<drivers::SerialPort>(drivers::SerialSettings{config.uri, config.baud}))};
    }
    if (config.driver == "hid-pos") {
        auto usb = drivers::parse_usb_uri(config.uri);
        if (!usb) return fail("code_scanner.uri: " + usb.error());
        return Source{std::make_unique<drivers::scanner::HidPosSource>(std::move(*usb))};
    }
    if (config.driver == "wedge") {
        if (!config.uri.starts_with("/dev/input/"))
            return fail(std::string{"code_scanner.uri: the wedge's evdev node (/dev/input/by-id/...-event-kbd)"});
        return Source{std::make_unique<drivers::scanner::EvdevSource>(config.uri)};
    }
    if (config.driver == "camera") {
        if (!config.uri.starts_with("/dev/")) return fail(std::string{"code_scanner.uri: the camera's V4L2 node (/dev/video0)"});
        return Source{std::make_unique<drivers::scanner::CameraCodeSource>(std::make_unique<drivers::scanner::V4l2Grabber>(drivers::scanner::V4l2Settings{config.uri}))};
    }
    return fail(unavailable("code_scanner", config.driver, "sim, serial, hid-pos, wedge, camera"));
}

Result<std::unique_ptr<drivers::scanner::ScannerDriver>, std::string> make_real_scanner(const DeviceConfig& config) {
    auto source = make_scanner_source(config);
    if (!source) return fail(source.error());
    drivers::scanner::ScannerOptions options;
    options.driver = "scanner-" + config.driver;
    options.model = config.driver == "hid-pos"  ? "USB HID POS scanner"
                    : config.driver == "wedge"  ? "keyboard-wedge scanner"
                    : config.driver == "camera" ? "V4L2 camera, QR"
                                                : "serial scanner";
    return std::make_unique<drivers::scanner::ScannerDriver>(std::move(*source), std::move(options));
}

Result<std::unique_ptr<hal::CodeScanner>, std::string> make_code_scanner(
    const DeviceConfig& config, drivers::SimDevices& sim) {
    if (config.driver != kSim) {
        auto scanner = make_real_scanner(config);
        if (!scanner) return fail(scanner.error());
        return std::unique_ptr<hal::CodeScanner>{std::move(*scanner)};
    }
    auto scanner = std::make_unique<drivers::SimCodeScanner>();
    sim.code_scanner = scanner.get();
    return std::unique_ptr<hal::CodeScanner>{std::move(scanner)};
}

}  // namespace nanhai::kiosk::devices
