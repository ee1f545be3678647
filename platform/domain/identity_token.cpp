#include "platform/domain/identity_token.hpp"

#include "platform/api/try.hpp"

namespace nanhai::platform {
namespace {

constexpr std::string_view kPrefix = "NHID1.";

ApiError invalid(std::string_view why) {
    return api_error(ErrorCode::identity_token_invalid, {{"problem", why}});
}

Result<IdentityClaims, ApiError> parse_claims(std::string_view encoded) {
    auto bytes = base64url_decode(encoded);
    if (!bytes) return fail(invalid("claims are not base64url"));
    auto json = nlohmann::json::parse(bytes->begin(), bytes->end(), nullptr, false);
    if (!json.is_object()) return fail(invalid("claims are not a JSON object"));
    auto str = [&](const char* k) { return json.contains(k) && json[k].is_string(); };
    auto num = [&](const char* k) { return json.contains(k) && json[k].is_number_integer(); };
    if (!str("sub") || !str("name") || !str("jti") || !num("iat") || !num("exp"))
        return fail(invalid("claims are incomplete"));
    return IdentityClaims{json["sub"], json["name"], json["iat"], json["exp"], json["jti"]};
}

}  // namespace

Result<IdentityClaims, ApiError> redeem_identity_token(Database& db, const std::string& token,
                                                       const NamedKeyPair& provider, Instant now,
                                                       const Rules& rules) {
    if (!token.starts_with(kPrefix) || token.size() > 2048) return fail(invalid("not a NHID1 token"));
    auto dot = token.find('.', kPrefix.size());
    if (dot == std::string::npos) return fail(invalid("no signature"));
    if (!verify_detached_base64url(std::string_view{token}.substr(0, dot),
                                   std::string_view{token}.substr(dot + 1),
                                   provider.pair.public_key))
        return fail(invalid("signature does not verify"));
    NH_ASSIGN(auto claims, parse_claims(std::string_view{token}.substr(
                                kPrefix.size(), dot - kPrefix.size())));
    auto t = now.time_since_epoch().count();
    if (claims.expires_at - claims.issued_at > rules.identity_token_max_age_seconds)
        return fail(invalid("token lifetime is too long"));
    if (t > claims.expires_at || t + 30 < claims.issued_at)
        return fail(api_error(ErrorCode::identity_token_expired));
    NH_ASSIGN(auto use, db.prepare("INSERT INTO identity_token_uses (jti, used_at) VALUES (?, ?) "
                                   "ON CONFLICT(jti) DO NOTHING"));
    use.bind(1, claims.token_id).bind(2, static_cast<std::int64_t>(t));
    NH_TRY(use.run());
    if (db.changes() == 0) return fail(api_error(ErrorCode::identity_token_replayed));
    return claims;
}

std::string mint_identity_token(const IdentityClaims& claims, const NamedKeyPair& provider) {
    nlohmann::json json{{"sub", claims.id_number}, {"name", claims.name},
                        {"iat", claims.issued_at}, {"exp", claims.expires_at},
                        {"jti", claims.token_id}};
    auto text = json.dump();
    std::string message = std::string{kPrefix} +
        base64url_encode({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
    return message + "." + sign_detached_base64url(message, provider.pair.secret_key);
}

}  // namespace nanhai::platform
