// BER-TLV from a card: parse every level the input nests, never read outside it, and what
// parses encodes back to bytes that parse to the same items.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/pcsc/tlv.hpp"

using namespace nanhai::drivers::pcsc;

namespace {

void walk(std::span<const std::uint8_t> bytes, int depth) {
    auto items = parse_tlvs(bytes);
    if (!items || depth > 8) return;
    std::vector<std::uint8_t> again;
    for (const auto& item : *items) {
        if (item.value.data() < bytes.data() || item.value.data() + item.value.size() > bytes.data() + bytes.size())
            std::abort();
        append_tlv(again, item.tag, item.value);
        if (item.tag & 0x20 || item.tag > 0xFF) walk(item.value, depth + 1);  // constructed, or try anyway
    }
    auto round = parse_tlvs(again);
    if (!round || round->size() != items->size()) std::abort();
    for (std::size_t i = 0; i < items->size(); ++i)
        if ((*round)[i].tag != (*items)[i].tag ||
            !std::equal((*round)[i].value.begin(), (*round)[i].value.end(), (*items)[i].value.begin(),
                        (*items)[i].value.end()))
            std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    walk(std::span<const std::uint8_t>{data, size}, 0);
    return 0;
}
