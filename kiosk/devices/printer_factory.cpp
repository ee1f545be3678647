// The receipt printer from receipt_printer: the simulated one, or ESC/POS over TCP, usblp or USB.
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/transport/char_device.hpp"
#include "drivers/transport/tcp_stream.hpp"
#include "drivers/transport/usb_bulk.hpp"
#include "kiosk/devices/device_factory.hpp"
#include "kiosk/devices/factory_parts.hpp"

namespace nanhai::kiosk::devices {
namespace {

constexpr std::string_view kEscpos = "escpos";

Result<std::unique_ptr<hal::ReceiptPrinter>, std::string> make_escpos_printer(const PrinterConfig& config) {
    auto transport = make_printer_transport(config.uri);
    if (!transport) return fail("receipt_printer.uri: " + transport.error());
    auto options = escpos_printer_options(config, transport->driver);
    if (!options) return fail(options.error());
    return std::unique_ptr<hal::ReceiptPrinter>{
        std::make_unique<drivers::escpos::EscposPrinter>(std::move(transport->transport), std::move(*options))};
}

}  // namespace

Result<std::unique_ptr<hal::ReceiptPrinter>, std::string> make_receipt_printer(
    const PrinterConfig& config, drivers::SimDevices& sim) {
    if (config.driver == kEscpos) return make_escpos_printer(config);
    if (config.driver != kSim) return fail(unavailable("receipt_printer", config.driver, "sim, escpos"));
    auto width = drivers::paper_width_dots(config.paper_width_mm);
    if (!width) return fail("receipt_printer.paper_width_mm: " + width.error());
    drivers::SimReceiptPrinterOptions options;
    options.render.width_dots = *width;
    options.output_dir = config.sim_output_dir;
    auto printer = std::make_unique<drivers::SimReceiptPrinter>(std::move(options));
    sim.receipt_printer = printer.get();
    return std::unique_ptr<hal::ReceiptPrinter>{std::move(printer)};
}

Result<PrinterTransport, std::string> make_printer_transport(std::string_view uri) {
    if (uri.starts_with("tcp://")) {
        auto tcp = drivers::parse_tcp_uri(uri);
        if (!tcp) return fail(tcp.error());
        return PrinterTransport{std::make_unique<drivers::TcpStream>(std::move(*tcp)), "escpos-tcp"};
    }
    if (uri.starts_with("usb:")) {
        auto usb = drivers::parse_usb_uri(uri);
        if (!usb) return fail(usb.error());
        return PrinterTransport{std::make_unique<drivers::UsbBulkTransport>(std::move(*usb)), "escpos-usb"};
    }
    if (uri.starts_with("/dev/")) return PrinterTransport{std::make_unique<drivers::CharDevice>(drivers::CharDeviceSettings{std::string{uri}}), "escpos-lp"};
    return fail("\"" + std::string{uri} + "\" is not tcp://HOST[:PORT], /dev/usb/lpN or usb:VVVV:PPPP");
}

Result<drivers::escpos::EncoderOptions, std::string> printer_encoder_options(const PrinterConfig& config) {
    drivers::escpos::EncoderOptions options;
    auto width = drivers::paper_width_dots(config.paper_width_mm);
    if (!width) return fail("receipt_printer.paper_width_mm: " + width.error());
    options.render.width_dots = *width;
    auto strategy = drivers::escpos::parse_strategy(config.strategy);
    if (!strategy) return fail("receipt_printer.strategy: " + strategy.error());
    options.strategy = *strategy;
    auto qr = drivers::escpos::parse_qr_mode(config.qr);
    if (!qr) return fail("receipt_printer.qr: " + qr.error());
    options.qr = *qr;
    return options;
}

Result<drivers::escpos::EscposPrinterOptions, std::string> escpos_printer_options(const PrinterConfig& config, std::string driver) {
    auto encoder = printer_encoder_options(config);
    if (!encoder) return fail(encoder.error());
    auto confirmation = drivers::escpos::parse_confirmation(config.confirmation);
    if (!confirmation) return fail("receipt_printer.confirmation: \"" + config.confirmation + "\" is not auto, gs-r or status");
    drivers::escpos::EscposPrinterOptions options;
    options.driver = std::move(driver);
    options.encoder = std::move(*encoder);
    options.confirmation = *confirmation;
    return options;
}

}  // namespace nanhai::kiosk::devices
