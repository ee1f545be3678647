// The mobile identity QR (e.g. 粤省事 electronic ID): a short-lived token signed by the identity
// provider, shown on the citizen's phone and scanned at the kiosk.
//
//   NHID1.<base64url(JSON claims)>.<base64url(Ed25519 signature over "NHID1.<claims>")>
//   claims: {"sub": ID number, "name": name, "iat": unix s, "exp": unix s, "jti": unique id}
#pragma once

#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

struct IdentityClaims {
    std::string id_number;
    std::string name;
    std::int64_t issued_at;
    std::int64_t expires_at;
    std::string token_id;
};

// Checks signature, lifetime (not expired, not longer-lived than the rules allow) and that
// the token was not used before (recorded in the same transaction).
Result<IdentityClaims, ApiError> redeem_identity_token(Database& db, const std::string& token,
                                                       const NamedKeyPair& provider, Instant now,
                                                       const Rules& rules);
std::string mint_identity_token(const IdentityClaims& claims, const NamedKeyPair& provider);

}  // namespace nanhai::platform
