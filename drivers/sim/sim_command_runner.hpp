// Runs parsed control commands against the simulated devices and phrases the one-line reply
// ("ok ..." or "error <reason>"). Used by the control socket; the developer panel may use it
// too so that both speak the same language.
#pragma once

#include <string>
#include <string_view>

#include "drivers/sim/sim_command.hpp"

namespace nanhai::drivers {

class SimIdentityReader;
class SimCodeScanner;
class SimReceiptPrinter;

// Non-owning; a null device answers "error no simulated <device>".
struct SimDeviceRefs {
    SimIdentityReader* identity_reader = nullptr;
    SimCodeScanner* code_scanner = nullptr;
    SimReceiptPrinter* receipt_printer = nullptr;
};

std::string run_sim_command(const SimCommand& command, const SimDeviceRefs& devices);
// parse_sim_command + run_sim_command; the reply has no line end.
std::string handle_sim_control_line(std::string_view line, const SimDeviceRefs& devices);
// "reader=ready card=none scanner=ready printer=ready paper=ok cover=closed jobs=0".
std::string describe_sim_devices(const SimDeviceRefs& devices);

}  // namespace nanhai::drivers
