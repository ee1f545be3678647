// Health, public keys, and the endpoints that exist only in test-clock or demo mode.
#include <sodium.h>

#include "common/civil_date.hpp"
#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/clock.hpp"
#include "platform/db/migrations.hpp"
#include "platform/domain/identity_token.hpp"

namespace nanhai::platform {
namespace {

Result<HttpResponse, ApiError> health(RequestContext& ctx) {
    NH_ASSIGN(auto version, ctx.db.query_int("PRAGMA user_version"));
    return ok({{"status", "ok"},
               {"time", format_iso_instant(ctx.now)},
               {"schema_version", version.value_or(0)},
               {"api_version", "v1"}});
}

nlohmann::json key_json(const NamedKeyPair& key, std::string_view purpose) {
    return {{"key_id", key.key_id},
            {"purpose", purpose},
            {"algorithm", "Ed25519"},
            {"public_key", base64url_encode(key.pair.public_key)}};
}

Result<HttpResponse, ApiError> keys(RequestContext& ctx) {
    return ok({{"keys", nlohmann::json::array({key_json(ctx.keys.receipt, "receipt"),
                                               key_json(ctx.keys.identity_provider,
                                                        "identity_provider")})}});
}

Result<HttpResponse, ApiError> set_test_clock(RequestContext& ctx) {
    if (!ctx.test_clock) return fail(api_error(ErrorCode::test_clock_disabled));
    NH_ASSIGN(auto text, string_field(ctx.body, "now", 40));
    auto instant = parse_iso_instant(text);
    if (!instant) return fail(invalid_field("now", "must be an ISO 8601 time with offset"));
    ctx.test_clock->set(*instant);
    return ok({{"now", format_iso_instant(*instant)}});
}

// Demo only: what the citizen's phone would show, minted for a demo applicant.
Result<HttpResponse, ApiError> mint_identity(RequestContext& ctx) {
    if (!ctx.demo) return fail(api_error(ErrorCode::unknown_route));
    NH_ASSIGN(auto id_number, string_field(ctx.body, "id_number", 18));
    NH_ASSIGN(auto name, string_field(ctx.body, "name", 60));
    unsigned char nonce[12];
    randombytes_buf(nonce, sizeof nonce);
    auto t = static_cast<std::int64_t>(ctx.now.time_since_epoch().count());
    IdentityClaims claims{id_number, name, t, t + ctx.rules.identity_token_max_age_seconds,
                          base64url_encode(nonce)};
    return ok({{"token", mint_identity_token(claims, ctx.keys.identity_provider)},
               {"expires_at", format_iso_instant(Instant{std::chrono::seconds{claims.expires_at}})}});
}

}  // namespace

void add_system_routes(Router& router) {
    router.add("GET", "/api/v1/health", Access::open, false, health);
    router.add("GET", "/api/v1/keys", Access::open, false, keys);
    router.add("POST", "/api/v1/test/clock", Access::terminal, false, set_test_clock);
    router.add("POST", "/api/v1/demo/identity-tokens", Access::terminal, false, mint_identity);
}

}  // namespace nanhai::platform
