// Early return on failure for Result-returning code, converting store errors to API errors
// (logged with their SQLite detail, answered as a plain 500 without it).
#pragma once

#include "common/log.hpp"
#include "platform/api/api_error.hpp"
#include "platform/db/database.hpp"

namespace nanhai::platform {

inline ApiError as_api_error(ApiError e) { return e; }
inline ApiError as_api_error(const DbError& e) {
    log_event(LogLevel::error, "platform.db_error",
              {{"code", std::to_string(e.sqlite_code)}, {"message", e.message}});
    return api_error(ErrorCode::internal_error);
}

}  // namespace nanhai::platform

#define NH_CONCAT_INNER(a, b) a##b
#define NH_CONCAT(a, b) NH_CONCAT_INNER(a, b)

// NH_TRY(expr): return the failure of a Result<void, E>.
#define NH_TRY(expr)                                                                    \
    do {                                                                                \
        auto&& nh_try_result_ = (expr);                                                 \
        if (!nh_try_result_)                                                            \
            return ::nanhai::fail(::nanhai::platform::as_api_error(nh_try_result_.error())); \
    } while (0)

// NH_ASSIGN(auto x, expr): bind the value of a Result<T, E> or return its failure.
#define NH_ASSIGN(lhs, expr) NH_ASSIGN_IMPL(NH_CONCAT(nh_assign_, __LINE__), lhs, expr)
#define NH_ASSIGN_IMPL(tmp, lhs, expr)                                      \
    auto tmp = (expr);                                                      \
    if (!tmp) return ::nanhai::fail(::nanhai::platform::as_api_error(tmp.error())); \
    lhs = std::move(*tmp)
