// The resident ID card reader from identity_reader: the simulated reader, or a GA/T 467 reader
// over a serial port (ga467-serial) or raw USB bulk (ga467-usb).
#include "drivers/ga467/reader.hpp"
#include "drivers/transport/serial_port.hpp"
#include "drivers/transport/usb_bulk.hpp"
#include "kiosk/devices/factory_parts.hpp"

namespace nanhai::kiosk::devices {
namespace {

constexpr std::string_view kGa467Serial = "ga467-serial";
constexpr std::string_view kGa467Usb = "ga467-usb";

// The reader's byte stream: a serial port (USB CDC at 115200 8N1 in most halls) or raw USB bulk.
Result<std::unique_ptr<hal::ByteTransport>, std::string> make_ga467_transport(const DeviceConfig& config) {
    if (config.driver == kGa467Usb) {
        auto usb = drivers::parse_usb_uri(config.uri);
        if (!usb) return fail("identity_reader.uri: " + usb.error());
        return std::unique_ptr<hal::ByteTransport>{std::make_unique<drivers::UsbBulkTransport>(std::move(*usb))};
    }
    if (config.uri.empty()) return fail(std::string{"identity_reader.uri: the serial port of the ga467-serial reader"});
    if (!drivers::supported_baud(config.baud)) return fail("identity_reader.baud: " + std::to_string(config.baud) + " is not a serial speed");
    return std::unique_ptr<hal::ByteTransport>{std::make_unique<drivers::SerialPort>(drivers::SerialSettings{config.uri, config.baud})};
}

// A GA/T 467 reader, with the vendor's photo decoder when the config names one.
Result<std::unique_ptr<hal::IdentityReader>, std::string> make_ga467_reader(const DeviceConfig& config) {
    auto transport = make_ga467_transport(config);
    if (!transport) return fail(transport.error());
    drivers::ga467::ReaderOptions options;
    options.driver_name = config.driver;
    if (!config.photo_decoder.empty()) {
        auto decoder = drivers::ga467::PhotoDecoder::load(config.photo_decoder);
        if (!decoder) return fail("identity_reader.photo_decoder: " + decoder.error());
        options.photo_decoder = std::move(*decoder);
    }
    return std::unique_ptr<hal::IdentityReader>{std::make_unique<drivers::ga467::Reader>(std::move(*transport), std::move(options))};
}

}  // namespace

Result<std::unique_ptr<hal::IdentityReader>, std::string> make_identity_reader(
    const DeviceConfig& config, drivers::SimDevices& sim) {
    if (config.driver == kGa467Serial || config.driver == kGa467Usb) return make_ga467_reader(config);
    if (config.driver != kSim) return fail(unavailable("identity_reader", config.driver, "sim, ga467-serial, ga467-usb"));
    auto reader = std::make_unique<drivers::SimIdentityReader>();
    sim.identity_reader = reader.get();
    return std::unique_ptr<hal::IdentityReader>{std::move(reader)};
}

}  // namespace nanhai::kiosk::devices
