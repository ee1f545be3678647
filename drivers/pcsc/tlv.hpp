// BER-TLV as PIV uses it (SP 800-73-4 part 2 / ISO 7816-4 annex D): tags of one to three
// bytes, definite lengths up to 0x82 (65535). Values are views into the caller's bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::drivers::pcsc {

struct Tlv {
    std::uint32_t tag = 0;  // the tag bytes big-endian: 0x53, 0x5FC105, 0x7C ...
    std::span<const std::uint8_t> value;
};

// Splits one level of TLVs covering all of `bytes`. 00 and FF where a tag would start are
// padding (ISO 7816-4 annex D: they are never tags), so padded objects parse. Errors name
// the offset.
Result<std::vector<Tlv>, std::string> parse_tlvs(std::span<const std::uint8_t> bytes);

// The first TLV with `tag` at this level, if the level parses.
std::optional<std::span<const std::uint8_t>> find_tlv(std::span<const std::uint8_t> bytes, std::uint32_t tag);

void append_tlv(std::vector<std::uint8_t>& out, std::uint32_t tag, std::span<const std::uint8_t> value);
std::vector<std::uint8_t> tlv(std::uint32_t tag, std::span<const std::uint8_t> value);

}  // namespace nanhai::drivers::pcsc
