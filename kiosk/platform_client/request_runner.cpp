#include "kiosk/platform_client/request_runner.hpp"

#include "common/log.hpp"
#include "kiosk/platform_client/response_decoder.hpp"
#include "kiosk/platform_client/secure_wipe.hpp"

namespace nanhai::kiosk {
namespace {

std::function<double()> default_random() {
    auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
    return [engine] { return std::uniform_real_distribution<double>{0.0, 1.0}(*engine); };
}

// Request bodies can hold card data (name, ID number): serialise strictly (invalid UTF-8 is
// refused rather than altered) and without letting nlohmann's exception escape.
Result<std::string, PlatformError> serialise(const ApiRequest& request) {
    if (!request.body) return std::string{};
    try {
        return request.body->dump();
    } catch (const nlohmann::json::exception&) {
        return fail(invalid_input("body", "text is not valid UTF-8"));
    }
}

}  // namespace

RequestRunner::RequestRunner(const ClientConfig& config, std::unique_ptr<HttpTransport> transport,
                             std::unique_ptr<Sleeper> sleeper, std::function<double()> unit_random)
    : config_{config},
      base_url_{normalised_base_url(config)},
      policy_{RetryPolicy::from(config)},
      transport_{std::move(transport)},
      sleeper_{std::move(sleeper)},
      unit_random_{unit_random ? std::move(unit_random) : default_random()} {}

Result<nlohmann::json, PlatformError> RequestRunner::run(const ApiRequest& request,
                                                         std::string_view session_token) {
    auto body = serialise(request);
    if (!body) return fail(body.error());
    const std::string url = base_url_ + request.path;
    const bool repeatable = request_may_be_repeated(request.method, request.idempotency_key.has_value());
    for (int retry = 0;; ++retry) {
        auto result = attempt(request, url, session_token, *body);
        bool again = !result && repeatable && retry < policy_.max_retries &&
                     failure_may_pass(result.error());
        if (!again) {
            if (!result) log_failure(request, result.error(), retry + 1, false);
            secure_wipe(*body);
            return result;
        }
        log_failure(request, result.error(), retry + 1, true);
        sleeper_->sleep_for(policy_.delay(retry, unit_random_()));
    }
}

Result<nlohmann::json, PlatformError> RequestRunner::attempt(const ApiRequest& request,
                                                             const std::string& url,
                                                             std::string_view session_token,
                                                             const std::string& body) {
    auto header_list = headers(request, session_token);
    auto raw = transport_->perform(request.method, url, header_list, body);
    for (auto& h : header_list) secure_wipe(h.value);
    if (!raw) return fail(network_error(raw.error()));
    auto decoded = decode_response(*raw);
    secure_wipe(raw->body);  // may hold the session token (sign-in answer)
    return decoded;
}

std::vector<HttpHeader> RequestRunner::headers(const ApiRequest& request,
                                               std::string_view session_token) const {
    std::vector<HttpHeader> list{{"Accept", "application/json"},
                                 {"User-Agent", "nanhai-kiosk/0.1"},
                                 {"X-Terminal-Id", config_.terminal_id},
                                 {"X-Terminal-Key", config_.terminal_key}};
    if (request.body) list.push_back({"Content-Type", "application/json"});
    if (request.idempotency_key) list.push_back({"Idempotency-Key", *request.idempotency_key});
    if (!session_token.empty())
        list.push_back({"Authorization", "Bearer " + std::string{session_token}});
    return list;
}

// Refusals are the platform's business answers (slot_full...): info. No answer or an answer
// outside the contract: warning, because a technician may need to look.
void RequestRunner::log_failure(const ApiRequest& request, const PlatformError& error,
                                int attempts, bool will_retry) const {
    bool worrying = error.kind == PlatformErrorKind::network ||
                    error.kind == PlatformErrorKind::malformed_response;
    auto level = worrying && !will_retry ? LogLevel::warning : LogLevel::info;
    log_event(level, will_retry ? "platform_client.retry" : "platform_client.request_failed",
              {{"operation", request.operation},
               {"method", std::string{method_name(request.method)}},
               {"attempts", std::to_string(attempts)},
               {"error", summary(error)}});
}

}  // namespace nanhai::kiosk
