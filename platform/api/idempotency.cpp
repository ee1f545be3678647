#include "platform/api/idempotency.hpp"

#include <sodium.h>

#include "platform/api/try.hpp"

namespace nanhai::platform {

std::string sha256_hex(std::string_view data) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

Result<IdempotencyKey, ApiError> idempotency_key(const HttpRequest& request,
                                                 const std::string& terminal_id) {
    const auto* key = request.header("idempotency-key");
    bool ok = key && !key->empty() && key->size() <= 128;
    for (char c : ok ? *key : std::string{}) ok = ok && c > 0x20 && c < 0x7f;
    if (!ok) return fail(api_error(ErrorCode::idempotency_key_required));
    std::string material = request.method + '\n' + request.path + '\n' + request.body;
    return IdempotencyKey{terminal_id, *key, sha256_hex(material)};
}

Result<std::optional<HttpResponse>, ApiError> find_replay(Database& db, const IdempotencyKey& key) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT request_hash, status, body FROM idempotency "
                                    "WHERE terminal_id = ? AND key = ?"));
    stmt.bind(1, key.terminal_id).bind(2, key.key);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return std::optional<HttpResponse>{};
    if (stmt.text_at(0) != key.request_hash)
        return fail(api_error(ErrorCode::idempotency_key_reused));
    auto body = nlohmann::json::parse(stmt.text_at(2), nullptr, false);
    return std::optional<HttpResponse>{HttpResponse{static_cast<int>(stmt.int_at(1)), body}};
}

Result<void, DbError> store_replay(Database& db, const IdempotencyKey& key,
                                   const HttpResponse& response, Instant now) {
    auto stmt = db.prepare(
        "INSERT INTO idempotency (terminal_id, key, request_hash, status, body, created_at) "
        "VALUES (?,?,?,?,?,?)");
    if (!stmt) return fail(stmt.error());
    stmt->bind(1, key.terminal_id).bind(2, key.key).bind(3, key.request_hash);
    stmt->bind(4, response.status).bind(5, response.body.dump());
    stmt->bind(6, static_cast<std::int64_t>(now.time_since_epoch().count()));
    return stmt->run();
}

}  // namespace nanhai::platform
