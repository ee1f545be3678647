// Any bytes as what a printer sends back, split at any point: the splitter never crashes,
// every byte is accounted for exactly once (an ASB packet counts four), and a decoded ASB
// packet encodes back to the bytes it came from.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>

#include "drivers/escpos/printer_replies.hpp"

using namespace nanhai::drivers::escpos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t cut = data[0] % (size + 1);
    ReplySplitter splitter;
    std::size_t accounted = 0;
    for (auto part : {std::span<const std::uint8_t>{data + 1, cut > 0 ? cut - 1 : 0},
                      std::span<const std::uint8_t>{data + (cut > 0 ? cut : 1), size - (cut > 0 ? cut : 1)}}) {
        for (const auto& reply : splitter.feed(part)) {
            accounted += std::holds_alternative<AutomaticStatus>(reply) ? 4 : 1;
            if (const auto* asb = std::get_if<AutomaticStatus>(&reply)) {
                const auto again = encode_asb(asb->status);
                auto back = decode_asb(again);
                if (!back || back->cover_open != asb->status.cover_open || back->paper_end != asb->status.paper_end) std::abort();
            }
        }
    }
    // At most one ASB packet (three bytes) may still be waiting for its end.
    if (accounted > size - 1 || size - 1 - accounted > 3) std::abort();
    return 0;
}
