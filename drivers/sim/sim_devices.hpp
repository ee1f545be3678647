// Typed access to the simulated devices for the developer panel and headless scripts, filled
// by make_devices (device_factory.hpp). The pointers do not own: the hal::DeviceSet does. The
// app keeps this next to its DeviceSet and destroys it first (its control server calls the
// devices), so that nothing else in the app needs to ask "am I simulated?".
#pragma once

#include <memory>

#include "drivers/sim/sim_code_scanner.hpp"
#include "drivers/sim/sim_command_runner.hpp"
#include "drivers/sim/sim_control_server.hpp"
#include "drivers/sim/sim_identity_reader.hpp"
#include "drivers/sim/sim_receipt_printer.hpp"

namespace nanhai::drivers {

struct SimDevices {
    SimIdentityReader* identity_reader = nullptr;  // null when that device is not simulated
    SimCodeScanner* code_scanner = nullptr;
    SimReceiptPrinter* receipt_printer = nullptr;
    std::unique_ptr<SimControlServer> control_server;  // when sim_control_socket is set

    SimDeviceRefs refs() const { return {identity_reader, code_scanner, receipt_printer}; }
    bool any() const { return identity_reader || code_scanner || receipt_printer; }
};

}  // namespace nanhai::drivers
