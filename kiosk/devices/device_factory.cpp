// make_devices: the devices of one kiosk from its configuration, one maker per device class
// (identity_reader_factory.cpp, certificate_reader_factory.cpp, scanner_factory.cpp,
// printer_factory.cpp), plus the control socket of the simulated devices.
#include "kiosk/devices/device_factory.hpp"

#include "common/log.hpp"
#include "kiosk/devices/factory_parts.hpp"

namespace nanhai::kiosk::devices {
namespace {

Result<void, std::string> open_control_socket(const KioskConfig& config, drivers::SimDevices& sim,
                                              bool keep) {
    if (config.sim_control_socket.empty() || !sim.any()) return {};
    if (!keep) {
        log_event(LogLevel::warning, "device.sim.control.not_opened",
                  {{"reason", "make_devices got no drivers::SimDevices to own the server"}});
        return {};
    }
    auto server = drivers::SimControlServer::start(config.sim_control_socket, sim.refs());
    if (!server) return fail("sim_control_socket: " + server.error());
    sim.control_server = std::move(*server);
    return {};
}

}  // namespace

Result<hal::DeviceSet, std::string> make_devices(const KioskConfig& config,
                                                 drivers::SimDevices* sim_handles_out) {
    drivers::SimDevices sim;
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

}  // namespace nanhai::kiosk::devices
