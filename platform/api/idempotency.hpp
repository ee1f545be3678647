// Idempotency keys for POSTs that create something: the first successful answer for a
// (terminal, key) is stored in the same transaction as what it created, and replayed for
// every retry, so a retry after a timeout or a crash never creates twice.
#pragma once

#include <optional>
#include <string>

#include "common/civil_date.hpp"
#include "platform/api/api_error.hpp"
#include "platform/api/http_types.hpp"
#include "platform/db/database.hpp"

namespace nanhai::platform {

struct IdempotencyKey {
    std::string terminal_id;
    std::string key;
    std::string request_hash;  // SHA-256 of method, path and body: a key reused for another
                               // request is refused, never silently replayed
};

// 400 idempotency_key_required when the header is missing or not 1-128 printable ASCII.
Result<IdempotencyKey, ApiError> idempotency_key(const HttpRequest& request,
                                                 const std::string& terminal_id);
// The stored answer, nullopt when the key is new, 422 when it was used for another request.
Result<std::optional<HttpResponse>, ApiError> find_replay(Database& db, const IdempotencyKey& key);
Result<void, DbError> store_replay(Database& db, const IdempotencyKey& key,
                                   const HttpResponse& response, Instant now);

std::string sha256_hex(std::string_view data);

}  // namespace nanhai::platform
