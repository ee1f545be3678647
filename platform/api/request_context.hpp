// What a route handler gets: the parsed request, the store inside the request's transaction,
// the time, and who is asking (terminal, and applicant session when there is one).
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "platform/api/api_error.hpp"
#include "platform/api/http_types.hpp"
#include "platform/db/database.hpp"
#include "platform/keys.hpp"
#include "platform/rules.hpp"

namespace nanhai::platform {

class ManualClock;

struct Terminal {
    std::string id;
    std::string name;
    std::string hall_code;
    std::string role;  // "kiosk" or "department"
    std::optional<std::string> department_code;
};

struct Session {
    std::string token_hash;
    std::int64_t applicant_id;
    std::string terminal_id;
    std::string method;
    int auth_level;
    Instant expires_at;
};

struct RequestContext {
    const HttpRequest& request;
    std::map<std::string, std::string> params;
    nlohmann::json body;  // null unless the request had a body
    Database& db;
    Instant now;
    const Terminal* terminal = nullptr;  // null only on open routes
    std::optional<Session> session{};
    const PlatformKeys& keys;
    const Rules& rules;
    ManualClock* test_clock = nullptr;  // set only when the server runs with --test-clock
    bool demo = false;                  // demo-only endpoints (minting identity QR) allowed

    // Filled in by handlers for the audit record.
    std::optional<std::int64_t> audit_applicant{};
    std::string audit_object{};
    std::string audit_session_hash{};  // a sign-in: the SHA-256 of the session it opened

    const std::string& param(const std::string& name) const { return params.at(name); }
    Result<const Session*, ApiError> require_session() const;
    std::optional<std::string> query(const std::string& name) const;
};

// {"items": [...], "page": p, "per_page": n, "total": t}
struct PageRequest {
    int page = 1;
    int per_page = 20;
    int offset() const { return (page - 1) * per_page; }
};
Result<PageRequest, ApiError> page_request(const RequestContext& ctx);
// A whole positive decimal int ("12"), for query parameters; nullopt otherwise.
std::optional<int> parse_positive(const std::string& text);
nlohmann::json page_body(nlohmann::json items, const PageRequest& page, std::int64_t total);

inline Result<HttpResponse, ApiError> ok(nlohmann::json body, int status = 200) {
    return HttpResponse{status, std::move(body)};
}

}  // namespace nanhai::platform
