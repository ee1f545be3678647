// make_devices: one small function per device class; each knows the drivers of its class.
#include "drivers/device_factory.hpp"

#include "common/log.hpp"
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/ga467/reader.hpp"
#include "drivers/scanner/camera_source.hpp"
#include "drivers/scanner/evdev_source.hpp"
#include "drivers/scanner/v4l2_grabber.hpp"
#include "drivers/scanner/hid_pos_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "drivers/scanner/serial_code_source.hpp"
#include "drivers/pcsc/certificate_reader.hpp"
#include "drivers/transport/char_device.hpp"
#include "drivers/transport/serial_port.hpp"
#include "drivers/transport/tcp_stream.hpp"
#include "drivers/transport/usb_bulk.hpp"

namespace nanhai::drivers {
namespace {

constexpr std::string_view kSim = "sim";
constexpr std::string_view kGa467Serial = "ga467-serial";
constexpr std::string_view kGa467Usb = "ga467-usb";
constexpr std::string_view kEscpos = "escpos";

std::string unavailable(std::string_view key, const std::string& driver, std::string_view available = "sim") {
    return std::string{key} + ": driver \"" + driver + "\" is not available in this build (available: " +
           std::string{available} + ")";
}

// The reader's byte stream: a serial port (USB CDC at 115200 8N1 in most halls) or raw USB bulk.
Result<std::unique_ptr<hal::ByteTransport>, std::string> make_ga467_transport(const kiosk::DeviceConfig& config) {
    if (config.driver == kGa467Usb) {
        auto usb = parse_usb_uri(config.uri);
        if (!usb) return fail("identity_reader.uri: " + usb.error());
        return std::unique_ptr<hal::ByteTransport>{std::make_unique<UsbBulkTransport>(std::move(*usb))};
    }
    if (config.uri.empty()) return fail(std::string{"identity_reader.uri: the serial port of the ga467-serial reader"});
    if (!supported_baud(config.baud)) return fail("identity_reader.baud: " + std::to_string(config.baud) + " is not a serial speed");
    return std::unique_ptr<hal::ByteTransport>{std::make_unique<SerialPort>(SerialSettings{config.uri, config.baud})};
}

// A GA/T 467 reader, with the vendor's photo decoder when the config names one.
Result<std::unique_ptr<hal::IdentityReader>, std::string> make_ga467_reader(const kiosk::DeviceConfig& config) {
    auto transport = make_ga467_transport(config);
    if (!transport) return fail(transport.error());
    ga467::ReaderOptions options;
    options.driver_name = config.driver;
    if (!config.photo_decoder.empty()) {
        auto decoder = ga467::PhotoDecoder::load(config.photo_decoder);
        if (!decoder) return fail("identity_reader.photo_decoder: " + decoder.error());
        options.photo_decoder = std::move(*decoder);
    }
    return std::unique_ptr<hal::IdentityReader>{std::make_unique<ga467::Reader>(std::move(*transport), std::move(options))};
}

Result<std::unique_ptr<hal::IdentityReader>, std::string> make_identity_reader(
    const kiosk::DeviceConfig& config, SimDevices& sim) {
    if (config.driver == kGa467Serial || config.driver == kGa467Usb) return make_ga467_reader(config);
    if (config.driver != kSim) return fail(unavailable("identity_reader", config.driver, "sim, ga467-serial, ga467-usb"));
    auto reader = std::make_unique<SimIdentityReader>();
    sim.identity_reader = reader.get();
    return std::unique_ptr<hal::IdentityReader>{std::move(reader)};
}

// The PC/SC reader needs its trust anchors: a kiosk that cannot check certificates must not
// start pretending it can.
Result<std::unique_ptr<hal::CertificateReader>, std::string> make_certificate_reader(
    const kiosk::CertificateReaderConfig& config) {
    if (config.driver == "none") return std::unique_ptr<hal::CertificateReader>{};
    if (config.driver != "pcsc") return fail(unavailable("certificate_reader", config.driver, "none, pcsc"));
    if (config.enterprise_ca_files.empty() && config.technician_ca_files.empty())
        return fail(std::string{"certificate_reader.enterprise_ca_files: the pcsc driver needs at least one CA certificate"});
    auto trust = pcsc::TrustStore::load(config.enterprise_ca_files, config.technician_ca_files);
    if (!trust) return fail("certificate_reader: " + trust.error());
    pcsc::CertificateReaderOptions options;
    options.reader_filter = config.reader;
    return std::unique_ptr<hal::CertificateReader>{
        std::make_unique<pcsc::CertificateReader>(std::move(*trust), std::move(options))};
}

Result<std::unique_ptr<hal::CodeScanner>, std::string> make_code_scanner(
    const kiosk::DeviceConfig& config, SimDevices& sim) {
    if (config.driver != kSim) {
        auto scanner = make_real_scanner(config);
        if (!scanner) return fail(scanner.error());
        return std::unique_ptr<hal::CodeScanner>{std::move(*scanner)};
    }
    auto scanner = std::make_unique<SimCodeScanner>();
    sim.code_scanner = scanner.get();
    return std::unique_ptr<hal::CodeScanner>{std::move(scanner)};
}

}  // namespace

Result<std::unique_ptr<scanner::CodeSource>, std::string> make_scanner_source(const kiosk::DeviceConfig& config) {
    using Source = std::unique_ptr<scanner::CodeSource>;
    if (config.driver == "serial") {
        if (config.uri.empty()) return fail(std::string{"code_scanner.uri: the serial port of the scanner (/dev/ttyACM0)"});
        if (!supported_baud(config.baud)) return fail("code_scanner.baud: " + std::to_string(config.baud) + " is not a serial speed");
        return Source{std::make_unique<scanner::SerialCodeSource>(std::make_unique<SerialPort>(SerialSettings{config.uri, config.baud}))};
    }
    if (config.driver == "hid-pos") {
        auto usb = parse_usb_uri(config.uri);
        if (!usb) return fail("code_scanner.uri: " + usb.error());
        return Source{std::make_unique<scanner::HidPosSource>(std::move(*usb))};
    }
    if (config.driver == "wedge") {
        if (!config.uri.starts_with("/dev/input/"))
            return fail(std::string{"code_scanner.uri: the wedge's evdev node (/dev/input/by-id/...-event-kbd)"});
        return Source{std::make_unique<scanner::EvdevSource>(config.uri)};
    }
    if (config.driver == "camera") {
        if (!config.uri.starts_with("/dev/")) return fail(std::string{"code_scanner.uri: the camera's V4L2 node (/dev/video0)"});
        return Source{std::make_unique<scanner::CameraCodeSource>(std::make_unique<scanner::V4l2Grabber>(scanner::V4l2Settings{config.uri}))};
    }
    return fail(unavailable("code_scanner", config.driver, "sim, serial, hid-pos, wedge, camera"));
}

Result<std::unique_ptr<scanner::ScannerDriver>, std::string> make_real_scanner(const kiosk::DeviceConfig& config) {
    auto source = make_scanner_source(config);
    if (!source) return fail(source.error());
    scanner::ScannerOptions options;
    options.driver = "scanner-" + config.driver;
    options.model = config.driver == "hid-pos"  ? "USB HID POS scanner"
                    : config.driver == "wedge"  ? "keyboard-wedge scanner"
                    : config.driver == "camera" ? "V4L2 camera, QR"
                                                : "serial scanner";
    return std::make_unique<scanner::ScannerDriver>(std::move(*source), std::move(options));
}

Result<PrinterTransport, std::string> make_printer_transport(std::string_view uri) {
    if (uri.starts_with("tcp://")) {
        auto tcp = parse_tcp_uri(uri);
        if (!tcp) return fail(tcp.error());
        return PrinterTransport{std::make_unique<TcpStream>(std::move(*tcp)), "escpos-tcp"};
    }
    if (uri.starts_with("usb:")) {
        auto usb = parse_usb_uri(uri);
        if (!usb) return fail(usb.error());
        return PrinterTransport{std::make_unique<UsbBulkTransport>(std::move(*usb)), "escpos-usb"};
    }
    if (uri.starts_with("/dev/")) return PrinterTransport{std::make_unique<CharDevice>(CharDeviceSettings{std::string{uri}}), "escpos-lp"};
    return fail("\"" + std::string{uri} + "\" is not tcp://HOST[:PORT], /dev/usb/lpN or usb:VVVV:PPPP");
}

Result<escpos::EncoderOptions, std::string> printer_encoder_options(const kiosk::PrinterConfig& config) {
    escpos::EncoderOptions options;
    auto width = paper_width_dots(config.paper_width_mm);
    if (!width) return fail("receipt_printer.paper_width_mm: " + width.error());
    options.render.width_dots = *width;
    auto strategy = escpos::parse_strategy(config.strategy);
    if (!strategy) return fail("receipt_printer.strategy: " + strategy.error());
    options.strategy = *strategy;
    auto qr = escpos::parse_qr_mode(config.qr);
    if (!qr) return fail("receipt_printer.qr: " + qr.error());
    options.qr = *qr;
    return options;
}

namespace {

Result<std::unique_ptr<hal::ReceiptPrinter>, std::string> make_escpos_printer(const kiosk::PrinterConfig& config) {
    auto transport = make_printer_transport(config.uri);
    if (!transport) return fail("receipt_printer.uri: " + transport.error());
    auto encoder = printer_encoder_options(config);
    if (!encoder) return fail(encoder.error());
    escpos::EscposPrinterOptions options;
    options.driver = transport->driver;
    options.encoder = std::move(*encoder);
    return std::unique_ptr<hal::ReceiptPrinter>{
        std::make_unique<escpos::EscposPrinter>(std::move(transport->transport), std::move(options))};
}

Result<std::unique_ptr<hal::ReceiptPrinter>, std::string> make_receipt_printer(
    const kiosk::PrinterConfig& config, SimDevices& sim) {
    if (config.driver == kEscpos) return make_escpos_printer(config);
    if (config.driver != kSim) return fail(unavailable("receipt_printer", config.driver, "sim, escpos"));
    auto width = paper_width_dots(config.paper_width_mm);
    if (!width) return fail("receipt_printer.paper_width_mm: " + width.error());
    SimReceiptPrinterOptions options;
    options.render.width_dots = *width;
    options.output_dir = config.sim_output_dir;
    auto printer = std::make_unique<SimReceiptPrinter>(std::move(options));
    sim.receipt_printer = printer.get();
    return std::unique_ptr<hal::ReceiptPrinter>{std::move(printer)};
}

Result<void, std::string> open_control_socket(const kiosk::KioskConfig& config, SimDevices& sim,
                                              bool keep) {
    if (config.sim_control_socket.empty() || !sim.any()) return {};
    if (!keep) {
        log_event(LogLevel::warning, "device.sim.control.not_opened",
                  {{"reason", "make_devices got no SimDevices to own the server"}});
        return {};
    }
    auto server = SimControlServer::start(config.sim_control_socket, sim.refs());
    if (!server) return fail("sim_control_socket: " + server.error());
    sim.control_server = std::move(*server);
    return {};
}

}  // namespace

Result<hal::DeviceSet, std::string> make_devices(const kiosk::KioskConfig& config,
                                                 SimDevices* sim_handles_out) {
    SimDevices sim;
    hal::DeviceSet devices;
    auto reader = make_identity_reader(config.identity_reader, sim);
    if (!reader) return fail(reader.error());
    auto certificates = make_certificate_reader(config.certificate_reader);
    if (!certificates) return fail(certificates.error());
    auto scanner = make_code_scanner(config.code_scanner, sim);
    if (!scanner) return fail(scanner.error());
    auto printer = make_receipt_printer(config.receipt_printer, sim);
    if (!printer) return fail(printer.error());
    devices.identity_reader = std::move(*reader);
    devices.certificate_reader = std::move(*certificates);
    devices.code_scanner = std::move(*scanner);
    devices.receipt_printer = std::move(*printer);
    if (auto opened = open_control_socket(config, sim, sim_handles_out != nullptr); !opened)
        return fail(opened.error());
    if (sim_handles_out) *sim_handles_out = std::move(sim);
    return devices;
}

}  // namespace nanhai::drivers
