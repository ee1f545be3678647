// APDU encoding and decoding (see apdu.hpp).
#include "drivers/pcsc/apdu.hpp"

#include <cstdio>

namespace nanhai::drivers::pcsc {

Result<std::vector<std::uint8_t>, std::string> encode_command(const CommandApdu& c) {
    if (c.data.size() > 255) return fail(std::string{"command data longer than 255 bytes needs chaining"});
    if (c.le && (*c.le < 1 || *c.le > 256)) return fail("Le " + std::to_string(*c.le) + " is outside 1..256");
    std::vector<std::uint8_t> out{c.cla, c.ins, c.p1, c.p2};
    if (!c.data.empty()) {
        out.push_back(static_cast<std::uint8_t>(c.data.size()));
        out.insert(out.end(), c.data.begin(), c.data.end());
    }
    if (c.le) out.push_back(static_cast<std::uint8_t>(*c.le == 256 ? 0 : *c.le));
    return out;
}

Result<ResponseApdu, std::string> parse_response(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 2) return fail("response of " + std::to_string(bytes.size()) + " bytes has no status word");
    ResponseApdu r;
    r.data.assign(bytes.begin(), bytes.end() - 2);
    r.sw = static_cast<std::uint16_t>((bytes[bytes.size() - 2] << 8) | bytes[bytes.size() - 1]);
    return r;
}

std::string format_sw(std::uint16_t sw) {
    char text[8];
    std::snprintf(text, sizeof text, "%04X", static_cast<unsigned>(sw));
    return text;
}

std::optional<int> tries_left(std::uint16_t sw) {
    if ((sw & 0xFFF0) == 0x63C0) return sw & 0x0F;
    return std::nullopt;
}

std::string describe_sw(std::uint16_t sw) {
    if (auto tries = tries_left(sw)) return "verification failed, " + std::to_string(*tries) + " tries left";
    if ((sw >> 8) == 0x61) return std::to_string(sw & 0xFF) + " more response bytes available";
    if ((sw >> 8) == 0x6C) return "wrong Le, the card has " + std::to_string(sw & 0xFF) + " bytes";
    switch (sw) {
        case sw::ok: return "success";
        case sw::wrong_length: return "wrong length";
        case sw::security_not_satisfied: return "security status not satisfied (PIN not verified)";
        case sw::auth_blocked: return "authentication method blocked (PIN blocked)";
        case sw::conditions_not_satisfied: return "conditions of use not satisfied";
        case sw::wrong_data: return "incorrect data";
        case sw::function_not_supported: return "function not supported";
        case sw::file_not_found: return "application or object not found";
        case sw::incorrect_p1p2: return "incorrect P1 P2";
        case sw::ins_not_supported: return "instruction not supported";
        case sw::cla_not_supported: return "class not supported";
        default: return "status " + format_sw(sw);
    }
}

}  // namespace nanhai::drivers::pcsc
