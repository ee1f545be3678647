#include "platform/keys.hpp"

#include <algorithm>
#include <cstring>

namespace nanhai::platform {
namespace {

Result<NamedKeyPair, DbError> load_or_create(Database& db, std::string_view purpose,
                                             std::string_view new_key_id) {
    auto select = db.prepare(
        "SELECT key_id, secret_key, public_key FROM platform_keys WHERE purpose = ?");
    if (!select) return fail(select.error());
    select->bind(1, purpose);
    auto row = select->step();
    if (!row) return fail(row.error());
    NamedKeyPair out{};
    if (*row) {
        out.key_id = select->text_at(0);
        auto secret = select->text_at(1), pub = select->text_at(2);
        if (secret.size() != out.pair.secret_key.size() || pub.size() != out.pair.public_key.size())
            return fail(DbError{SQLITE_CORRUPT, "stored key has the wrong size"});
        std::memcpy(out.pair.secret_key.data(), secret.data(), secret.size());
        std::memcpy(out.pair.public_key.data(), pub.data(), pub.size());
        return out;
    }
    out.key_id = std::string{new_key_id};
    out.pair = generate_ed25519_key_pair();
    auto insert = db.prepare(
        "INSERT INTO platform_keys (purpose, key_id, secret_key, public_key) VALUES (?,?,?,?)");
    if (!insert) return fail(insert.error());
    insert->bind(1, purpose).bind(2, out.key_id);
    insert->bind(3, std::string_view{reinterpret_cast<const char*>(out.pair.secret_key.data()),
                                     out.pair.secret_key.size()});
    insert->bind(4, std::string_view{reinterpret_cast<const char*>(out.pair.public_key.data()),
                                     out.pair.public_key.size()});
    if (auto r = insert->run(); !r) return fail(r.error());
    return out;
}

}  // namespace

Result<PlatformKeys, DbError> load_or_create_keys(Database& db) {
    auto receipt = load_or_create(db, "receipt", "r1");
    if (!receipt) return fail(receipt.error());
    auto identity = load_or_create(db, "identity_provider", "id1");
    if (!identity) return fail(identity.error());
    return PlatformKeys{*receipt, *identity};
}

}  // namespace nanhai::platform
