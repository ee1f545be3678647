// Any bytes as evdev key events (2 bytes code, 1 byte value): decoding never crashes, a code
// is never empty, never longer than the limit, and only ever holds printable ASCII.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/scanner/keyboard_wedge.hpp"

using nanhai::drivers::scanner::KeyboardWedgeDecoder;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    KeyboardWedgeDecoder decoder;
    for (std::size_t at = 0; at + 3 <= size; at += 3) {
        const auto code = static_cast<std::uint16_t>((data[at] | (data[at + 1] << 8)) % 0x300);
        const auto value = static_cast<std::int32_t>(data[at + 2] % 3);
        auto fed = decoder.feed(code, value);
        if (!fed || !*fed) continue;
        const std::string& text = **fed;
        if (text.empty() || text.size() > KeyboardWedgeDecoder::kMaxCode) std::abort();
        for (char c : text)
            if (c < 0x20 || c > 0x7E) std::abort();
    }
    return 0;
}
