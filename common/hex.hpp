// Bytes as hexadecimal text, for logs, fingerprints and technicians' output.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace nanhai {

enum class HexCase { lower, upper };

inline std::string to_hex(std::span<const std::uint8_t> bytes, HexCase letters = HexCase::lower) {
    const char* digits = letters == HexCase::lower ? "0123456789abcdef" : "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 0x0F];
    }
    return out;
}

}  // namespace nanhai
