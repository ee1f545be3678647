// Answers of the open system endpoints: health and the platform's public keys.
#pragma once

#include <string>
#include <vector>

#include "common/civil_date.hpp"
#include "common/signed_payload.hpp"

namespace nanhai::kiosk {

struct Health {
    std::string status;  // "ok"
    Instant time;        // the platform's clock (the test clock in tests)
    int schema_version = 0;
    std::string api_version;
};

struct PublicKey {
    std::string key_id;
    std::string purpose;    // "receipt" | "identity_provider"
    std::string algorithm;  // "Ed25519"
    Ed25519PublicKey key{};
};

// The keys that sign receipts and appointment slips, for verify_signed_payload offline.
std::vector<TrustedKey> receipt_keys(const std::vector<PublicKey>& keys);

}  // namespace nanhai::kiosk
