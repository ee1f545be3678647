#include "platform/platform.hpp"

#include "common/log.hpp"
#include "platform/api/idempotency.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/db/migrations.hpp"
#include "platform/domain/appointments.hpp"
#include "platform/domain/audit.hpp"
#include "platform/domain/personal_data_audit.hpp"
#include "platform/domain/sessions.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

HttpResponse error_response(const ApiError& error) {
    return HttpResponse{error.http_status(), error.to_json()};
}

bool has_json_body(const HttpRequest& request) {
    return !request.body.empty();
}

Result<nlohmann::json, ApiError> parse_body(const HttpRequest& request) {
    if (!has_json_body(request)) return nlohmann::json::object();
    const auto* type = request.header("content-type");
    if (!type || type->find("application/json") == std::string::npos)
        return fail(api_error(ErrorCode::unsupported_media_type));
    auto body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded()) return fail(api_error(ErrorCode::malformed_json));
    if (!body.is_object())
        return fail(api_error(ErrorCode::malformed_json, {{"problem", "body must be an object"}}));
    return body;
}

}  // namespace

Result<std::unique_ptr<Platform>, std::string> Platform::open(const std::string& db_path,
                                                              std::shared_ptr<Clock> clock,
                                                              PlatformOptions options) {
    auto db = Database::open(db_path);
    if (!db) return fail("cannot open database " + db_path + ": " + db.error().message);
    if (auto v = migrate(*db); !v) return fail("cannot migrate database: " + v.error().message);
    if (auto c = install_bundled_calendar(*db); !c)
        return fail("cannot install the working-day calendar: " + c.error().message);
    auto keys = load_or_create_keys(*db);
    if (!keys) return fail("cannot load platform keys: " + keys.error().message);
    return std::unique_ptr<Platform>(
        new Platform(std::move(*db), std::move(clock), std::move(*keys), std::move(options)));
}

Platform::Platform(Database db, std::shared_ptr<Clock> clock, PlatformKeys keys,
                   PlatformOptions options)
    : db_{std::move(db)}, clock_{std::move(clock)}, keys_{std::move(keys)},
      options_{std::move(options)} {
    add_all_routes(router_);
}

HttpResponse Platform::handle(const HttpRequest& request) {
    if (request.body.size() > options_.max_body_bytes)
        return error_response(api_error(ErrorCode::payload_too_large,
                                        {{"max_bytes", options_.max_body_bytes}}));
    bool path_known = false;
    auto match = router_.match(request.method, request.path, path_known);
    if (!match)
        return error_response(api_error(path_known ? ErrorCode::method_not_allowed
                                                   : ErrorCode::unknown_route));
    auto body = parse_body(request);
    if (!body) return error_response(body.error());

    std::lock_guard lock{mutex_};
    RequestContext ctx{.request = request,
                       .params = match->params,
                       .body = std::move(*body),
                       .db = db_,
                       .now = clock_->now(),
                       .keys = keys_,
                       .rules = options_.rules,
                       .test_clock = dynamic_cast<ManualClock*>(clock_.get()),
                       .demo = options_.demo};
    try {
        auto result = run_route(*match, request, ctx);
        return finish(request, *match, ctx, std::move(result));
    } catch (const std::exception& e) {
        log_event(LogLevel::error, "platform.exception", {{"path", request.path}, {"what", e.what()}});
        return error_response(api_error(ErrorCode::internal_error));
    }
}

// Inside one transaction: authenticate, replay a keyed request, sweep due work, run the handler.
// The transaction commits only when the handler succeeded: nothing is half-written.
Result<HttpResponse, ApiError> Platform::run_route(const RouteMatch& match,
                                                   const HttpRequest& request,
                                                   RequestContext& ctx) {
    const Route& route = *match.route;
    NH_ASSIGN(auto tx, Transaction::begin(db_));
    std::optional<Terminal> terminal;
    if (route.access == Access::operator_key) {
        NH_ASSIGN(terminal, authenticate_operator(db_, request));
        ctx.terminal = &*terminal;
    } else if (route.access != Access::open) {
        NH_ASSIGN(terminal, authenticate_terminal(db_, request));
        ctx.terminal = &*terminal;
        if (route.access == Access::department && terminal->role != "department")
            return fail(api_error(ErrorCode::terminal_forbidden));
        if (route.access == Access::session || route.access == Access::optional_session) {
            NH_ASSIGN(ctx.session, resolve_session(ctx, route.access == Access::session));
            if (ctx.session) ctx.audit_applicant = ctx.session->applicant_id;
        }
    }
    std::optional<IdempotencyKey> key;
    if (route.creates) {
        NH_ASSIGN(key, idempotency_key(request, ctx.terminal->id));
        NH_ASSIGN(auto replay, find_replay(db_, *key));
        if (replay) return *replay;
    }
    if (route.access != Access::open && route.access != Access::operator_key) NH_TRY(sweep_no_shows(ctx));
    NH_ASSIGN(auto response, route.handler(ctx));
    if (key) NH_TRY(store_replay(db_, *key, response, ctx.now));
    NH_TRY(record_audit(ctx, route, response.status, "ok"));
    NH_TRY(record_personal_access(ctx, route));
    NH_TRY(tx.commit());
    ctx.terminal = nullptr;  // the Terminal lives in this frame only
    return response;
}

// A failure was rolled back with its transaction, so a retry with the same idempotency key runs
// afresh (nothing happened). The failure is audited in a transaction of its own.
HttpResponse Platform::finish(const HttpRequest& request, const RouteMatch& match,
                              RequestContext& ctx, Result<HttpResponse, ApiError> result) {
    if (result) return *result;
    HttpResponse response = error_response(result.error());
    if (match.route->access == Access::open || match.route->access == Access::operator_key) return response;
    auto terminal = authenticate_terminal(db_, request);
    if (!terminal) return response;  // unknown terminals are logged, not audited
    ctx.terminal = &*terminal;
    auto tx = Transaction::begin(db_);
    if (!tx) return response;
    (void)record_audit(ctx, *match.route, response.status, std::string{result.error().code_name()});
    (void)tx->commit();
    ctx.terminal = nullptr;
    return response;
}

}  // namespace nanhai::platform
