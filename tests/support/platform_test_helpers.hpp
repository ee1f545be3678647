// Small helpers shared by the in-process platform tests: the error code of an answer and a
// row count from the store.
#pragma once

#include <cstdint>
#include <string>

#include "platform/api/http_types.hpp"
#include "platform/db/database.hpp"

namespace nanhai::test {

// The answer's error code, or "" when it is not an error.
inline std::string error_code_of(const platform::HttpResponse& r) {
    return r.body.is_object() && r.body.contains("error")
               ? r.body["error"]["code"].get<std::string>()
               : "";
}

// A single-value query such as "SELECT COUNT(*) FROM sessions"; -1 when it yields nothing.
inline std::int64_t count_rows(platform::Database& db, const std::string& sql) {
    return db.query_int(sql).value().value_or(-1);
}

}  // namespace nanhai::test
