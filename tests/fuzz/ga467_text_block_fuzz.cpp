// Any 256 bytes as the SAM's text block (shorter and longer inputs too): decoded into a card
// or refused with a reason, never a crash; a decoded card always has a name and a number.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/ga467/text_block.hpp"

using namespace nanhai::drivers::ga467;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto today = *nanhai::parse_iso_date("2026-12-01");
    auto card = decode_text_block(std::span<const std::uint8_t>{data, size}, today);
    if (card && (card->name.empty() || card->id_number.empty())) std::abort();
    (void)decode_ucs2_field(std::span<const std::uint8_t>{data, size});
    return 0;
}
