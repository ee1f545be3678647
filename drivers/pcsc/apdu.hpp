// ISO/IEC 7816-4 APDUs, short form: commands built here, responses split into data and the
// status word. Pure code, no PC/SC: the card channel and the fuzz target use it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::drivers::pcsc {

struct CommandApdu {
    std::uint8_t cla = 0x00;
    std::uint8_t ins = 0x00;
    std::uint8_t p1 = 0x00;
    std::uint8_t p2 = 0x00;
    std::vector<std::uint8_t> data;  // at most 255 bytes per APDU; longer data is chained
    std::optional<int> le;           // expected length 1..256 (256 is encoded as 00)
};

// Status words the drivers act on.
namespace sw {
constexpr std::uint16_t ok = 0x9000;
constexpr std::uint16_t wrong_length = 0x6700;
constexpr std::uint16_t security_not_satisfied = 0x6982;
constexpr std::uint16_t auth_blocked = 0x6983;
constexpr std::uint16_t conditions_not_satisfied = 0x6985;
constexpr std::uint16_t wrong_data = 0x6A80;
constexpr std::uint16_t function_not_supported = 0x6A81;
constexpr std::uint16_t file_not_found = 0x6A82;
constexpr std::uint16_t incorrect_p1p2 = 0x6A86;
constexpr std::uint16_t ins_not_supported = 0x6D00;
constexpr std::uint16_t cla_not_supported = 0x6E00;
}  // namespace sw

struct ResponseApdu {
    std::vector<std::uint8_t> data;
    std::uint16_t sw = 0;
    std::uint8_t sw1() const { return static_cast<std::uint8_t>(sw >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(sw & 0xFF); }
    bool ok() const { return sw == sw::ok; }
};

// Encodes case 1-4 short APDUs. Fails for more than 255 data bytes or Le outside 1..256.
Result<std::vector<std::uint8_t>, std::string> encode_command(const CommandApdu& command);

// A response is its data followed by SW1 SW2; fewer than two bytes is malformed.
Result<ResponseApdu, std::string> parse_response(std::span<const std::uint8_t> bytes);

// "9000", "63C2" ...
std::string format_sw(std::uint16_t sw);
// What a status word means, for logs and technicians ("wrong PIN, 2 tries left").
std::string describe_sw(std::uint16_t sw);

// 63Cx: a verification failed and x tries are left; nullopt for any other status word.
std::optional<int> tries_left(std::uint16_t sw);

}  // namespace nanhai::drivers::pcsc
