// Signed QR payloads (receipts, appointment slips) that any kiosk holding the platform's public
// key can check offline. Compact ASCII so that a printer's native QR can carry it:
//
//   NH1|<type>|<key id>|<field 1>|...|<field n>|<signature>
//
// signature: Ed25519 over every byte before the last '|', base64url without padding.
// type: one letter (R acceptance receipt, A appointment slip). Fields may not contain '|'.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace nanhai {

using Ed25519PublicKey = std::array<std::uint8_t, 32>;
using Ed25519SecretKey = std::array<std::uint8_t, 64>;

struct Ed25519KeyPair {
    Ed25519PublicKey public_key;
    Ed25519SecretKey secret_key;
};

Ed25519KeyPair generate_ed25519_key_pair();
std::string base64url_encode(std::span<const std::uint8_t> bytes);
// nullopt-like failure for anything that is not unpadded base64url.
Result<std::vector<std::uint8_t>, std::string> base64url_decode(std::string_view text);

std::string sign_detached_base64url(std::string_view message, const Ed25519SecretKey& key);
bool verify_detached_base64url(std::string_view message, std::string_view signature,
                               const Ed25519PublicKey& key);

struct SignedPayload {
    char type;
    std::string key_id;
    std::vector<std::string> fields;
};

enum class SignedPayloadError { not_ours, malformed, unknown_key, bad_signature };

std::string make_signed_payload(char type, std::string_view key_id,
                                const std::vector<std::string>& fields,
                                const Ed25519SecretKey& key);

struct TrustedKey {
    std::string key_id;
    Ed25519PublicKey public_key;
};
Result<SignedPayload, SignedPayloadError> verify_signed_payload(std::string_view payload,
                                                                std::span<const TrustedKey> keys);
std::string_view describe(SignedPayloadError error);

}  // namespace nanhai
