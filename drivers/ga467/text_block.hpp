// The 256-byte text block a GA/T 467 reader returns (protocols.md §1): UCS-2 little-endian,
// fields at fixed offsets that depend on the card type (byte 248: 'J' Hong Kong / Macau /
// Taiwan residence permit, 'I' 2017 and 'Y' 2023 foreign permanent residence cards, anything
// else a citizen card). Decoded into hal::ResidentIdCard with the identity number's check
// character verified (GB 11643) and the dates checked; whether the card has expired is the
// core's to judge, with its own clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "hal/identity_document.hpp"

namespace nanhai::drivers::ga467 {

inline constexpr std::size_t kTextBlockSize = 256;

enum class TextBlockError {
    wrong_size,         // not 256 bytes
    bad_encoding,       // an unpaired UTF-16 surrogate, or a control character in a field
    missing_field,      // name or number empty
    bad_id_number,      // fails GB 11643 (citizen, 'J', 'Y') or the PR number's form ('I')
    bad_date,           // a birth or validity date that is not YYYYMMDD (or 长期 for valid_to)
};

std::string_view describe(TextBlockError error);

hal::CardType card_type_of(std::span<const std::uint8_t> text_block);

// `today` only bounds the birth date (not in the future).
Result<hal::ResidentIdCard, TextBlockError> decode_text_block(std::span<const std::uint8_t> text_block, Date today);

// A field: UCS-2LE bytes to UTF-8, trailing spaces (and NULs) trimmed. Exposed for tests and
// the simulator, which builds blocks the other way round (encode_ucs2_field).
Result<std::string, TextBlockError> decode_ucs2_field(std::span<const std::uint8_t> bytes);
// UTF-8 to `size` bytes of UCS-2LE, padded with spaces (characters beyond the BMP as pairs).
std::vector<std::uint8_t> encode_ucs2_field(std::string_view utf8, std::size_t size);

}  // namespace nanhai::drivers::ga467
