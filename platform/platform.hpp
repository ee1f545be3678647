// The reference platform as a library: one store, one clock, one route table. handle() is the
// whole request pipeline (limits, routing, JSON, terminal and session auth, idempotency, one
// transaction, audit); the HTTP server, the tests and the fuzz target all call it.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "platform/api/http_types.hpp"
#include "platform/api/router.hpp"
#include "platform/clock.hpp"
#include "platform/db/database.hpp"
#include "platform/keys.hpp"
#include "platform/rules.hpp"

namespace nanhai::platform {

struct PlatformOptions {
    Rules rules;
    bool demo = false;                   // enables demo-only endpoints (mint identity QR)
    std::size_t max_body_bytes = 64 * 1024;
};

class Platform {
public:
    // `clock` may be a ManualClock: then POST /api/v1/test/clock moves it.
    static Result<std::unique_ptr<Platform>, std::string> open(const std::string& db_path,
                                                               std::shared_ptr<Clock> clock,
                                                               PlatformOptions options);

    HttpResponse handle(const HttpRequest& request);

    const Router& router() const { return router_; }
    const PlatformKeys& keys() const { return keys_; }
    const Rules& rules() const { return options_.rules; }
    Instant now() const { return clock_->now(); }
    // Direct store access for seeding and administration; not thread-safe against handle().
    Database& database() { return db_; }

private:
    Platform(Database db, std::shared_ptr<Clock> clock, PlatformKeys keys, PlatformOptions options);
    Result<HttpResponse, ApiError> run_route(const RouteMatch& match, const HttpRequest& request,
                                             RequestContext& ctx);
    HttpResponse finish(const HttpRequest& request, const RouteMatch& match, RequestContext& ctx,
                        Result<HttpResponse, ApiError> result);

    std::mutex mutex_;
    Database db_;
    std::shared_ptr<Clock> clock_;
    PlatformKeys keys_;
    PlatformOptions options_;
    Router router_;
};

}  // namespace nanhai::platform
