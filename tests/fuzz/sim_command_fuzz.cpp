// The simulated devices' control channel (a local socket any process of the user can write
// to): every line parses to a command or an error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "drivers/sim/sim_command.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)nanhai::drivers::parse_sim_command(std::string_view{reinterpret_cast<const char*>(data), size});
    return 0;
}
