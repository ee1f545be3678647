// Versioned schema migrations. The database's PRAGMA user_version is the number of migrations
// applied; each migration runs in its own transaction, so a crash leaves a whole version.
// Never edit a released migration: append a new one.
#pragma once

#include <span>
#include <string_view>

#include "platform/db/database.hpp"

namespace nanhai::platform {

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

std::span<const Migration> all_migrations();

// Applies the missing migrations in order. Fails (and applies nothing further) if the
// database is newer than this program knows.
Result<int, DbError> migrate(Database& db);

}  // namespace nanhai::platform
