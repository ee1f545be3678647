#include "kiosk/platform_client/parse_system.hpp"

#include <algorithm>

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

Health read_health(JsonReader& r) {
    Health h;
    h.status = r.string("status");
    h.time = r.instant("time");
    h.schema_version = r.small_int("schema_version");
    h.api_version = r.string("api_version");
    return h;
}

PublicKey read_key(JsonReader& r) {
    PublicKey k;
    k.key_id = r.string("key_id");
    k.purpose = r.string("purpose");
    k.algorithm = r.string("algorithm");
    auto text = r.string("public_key");
    if (!r.ok()) return k;
    if (k.algorithm != "Ed25519") r.fail("algorithm", "is not Ed25519");
    auto bytes = base64url_decode(text);
    if (!bytes || bytes->size() != k.key.size()) {
        r.fail("public_key", "is not 32 bytes of base64url");
        return k;
    }
    std::copy(bytes->begin(), bytes->end(), k.key.begin());
    return k;
}

}  // namespace

std::vector<TrustedKey> receipt_keys(const std::vector<PublicKey>& keys) {
    std::vector<TrustedKey> out;
    for (const auto& k : keys)
        if (k.purpose == "receipt") out.push_back(TrustedKey{k.key_id, k.key});
    return out;
}

Result<Health, PlatformError> parse_health(const nlohmann::json& document) {
    return read_document<Health>(document, "health", read_health);
}

Result<std::vector<PublicKey>, PlatformError> parse_public_keys(const nlohmann::json& document) {
    return read_document<std::vector<PublicKey>>(
        document, "keys", [](JsonReader& r) { return r.list<PublicKey>("keys", read_key); });
}

}  // namespace nanhai::kiosk
