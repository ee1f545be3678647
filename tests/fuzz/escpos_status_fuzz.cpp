// Any bytes as DLE EOT answers, four at a time: decoding never crashes, a decoded status maps
// to one hal status, and paper that is out is never also "low".
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/escpos/realtime_status.hpp"

using namespace nanhai::drivers::escpos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    for (std::size_t at = 0; at + 4 <= size; at += 4) {
        std::span<const std::uint8_t, 4> answers{data + at, 4};
        auto status = decode_status(answers);
        if (!status) continue;
        const auto hal_status = to_printer_status(*status);
        if (status->paper_end && hal_status.paper != nanhai::hal::PaperLevel::out) std::abort();
        if (hal_status.cover_open && hal_status.offline) std::abort();
    }
    return 0;
}
