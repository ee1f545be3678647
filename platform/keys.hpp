// The platform's own Ed25519 keys: one signs receipts and appointment slips, one stands for the
// provincial mobile identity provider (the demo mints its QR tokens with it). Created on first
// start and kept in the database; public halves are published at GET /api/v1/keys.
#pragma once

#include <string>

#include "common/signed_payload.hpp"
#include "platform/db/database.hpp"

namespace nanhai::platform {

struct NamedKeyPair {
    std::string key_id;
    Ed25519KeyPair pair;
};

struct PlatformKeys {
    NamedKeyPair receipt;
    NamedKeyPair identity_provider;
};

Result<PlatformKeys, DbError> load_or_create_keys(Database& db);

}  // namespace nanhai::platform
