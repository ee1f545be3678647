// PlatformClient: construction, the send path shared by every call, and the system calls.
#include "kiosk/platform_client/platform_client.hpp"

#include "common/log.hpp"
#include "kiosk/platform_client/curl_transport.hpp"
#include "kiosk/platform_client/parse_system.hpp"

namespace nanhai::kiosk {
namespace {

PlatformError no_session() {
    auto e = refusal(0, "session_required", "请先进行身份认证", "Please sign in first",
                     nlohmann::json::object());
    e.problem = "no session on this client";
    return e;
}

}  // namespace

PlatformClient::PlatformClient(const ClientConfig& config)
    : PlatformClient{config, std::make_unique<CurlTransport>(config), std::make_unique<ThreadSleeper>()} {}

PlatformClient::PlatformClient(const ClientConfig& config, std::unique_ptr<HttpTransport> transport,
                               std::unique_ptr<Sleeper> sleeper, std::function<double()> unit_random)
    : runner_{std::make_unique<RequestRunner>(config, std::move(transport), std::move(sleeper),
                                              std::move(unit_random))} {}

Result<nlohmann::json, PlatformError> PlatformClient::send(const ApiRequest& request,
                                                           SessionUse session) {
    if (session == SessionUse::required && token_.empty()) return fail(no_session());
    const bool with_session = session != SessionUse::none && !token_.empty();
    auto result = runner_->run(request, with_session ? token_.view() : std::string_view{});
    const bool unanswered = !result && result.error().kind == PlatformErrorKind::network;
    reachability_ = unanswered ? Reachability::unreachable : Reachability::reachable;
    if (catalogue_ && CatalogueCache::caches(request)) {
        if (result) {
            catalogue_->store(request.path, *result);
        } else if (result.error().kind == PlatformErrorKind::network) {
            // The platform does not answer: the last catalogue it gave still serves the guides.
            if (auto cached = catalogue_->lookup(request.path)) {
                log_event(LogLevel::info, "platform_client.catalogue_from_cache", {{"operation", request.operation}});
                return *cached;
            }
        }
    }
    if (!result && result.error().kind == PlatformErrorKind::session_expired && with_session) {
        token_.clear();
        log_event(LogLevel::info, "platform_client.session_ended",
                  {{"operation", request.operation}, {"code", result.error().code}});
    }
    return result;
}

Result<Health, PlatformError> PlatformClient::health() {
    return call<Health>({HttpMethod::get, "/api/v1/health", {}, {}, "system.health"}, SessionUse::none,
                        parse_health);
}

Result<std::vector<PublicKey>, PlatformError> PlatformClient::public_keys() {
    return call<std::vector<PublicKey>>({HttpMethod::get, "/api/v1/keys", {}, {}, "system.keys"},
                                        SessionUse::none, parse_public_keys);
}

}  // namespace nanhai::kiosk
