// Whatever comes down the reader's serial line, fed in pieces whose sizes the input picks:
// the parser yields frames or drops, never crashes, never keeps more than one frame's worth
// plus what it has not looked at, and every frame it yields encodes back to valid bytes.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "drivers/ga467/frame.hpp"

using namespace nanhai::drivers::ga467;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FrameParser parser;
    std::size_t at = 0;
    while (at < size) {
        const std::size_t n = std::min<std::size_t>(1 + data[at] % 64, size - at);
        parser.feed(std::span<const std::uint8_t>{data + at, n});
        at += n;
        while (auto frame = parser.next()) {
            if (const auto* body = std::get_if<Bytes>(&*frame)) {
                FrameParser again;
                again.feed(encode_frame(*body));
                auto round = again.next();
                if (!round || std::get<Bytes>(*round) != *body) std::abort();
                (void)as_request(*body);
                (void)as_response(*body);
            }
        }
        if (parser.buffered() > kMaxLength + 16 + size) std::abort();
    }
    return 0;
}
