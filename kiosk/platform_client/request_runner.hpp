// Sends ApiRequests: adds the terminal (and session) headers, serialises the body, retries
// where RetryPolicy allows with backoff through the Sleeper, and decodes the answer.
// Not thread-safe on its own (it belongs to one PlatformClient).
#pragma once

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string_view>

#include "common/result.hpp"
#include "kiosk/platform_client/api_request.hpp"
#include "kiosk/platform_client/client_config.hpp"
#include "kiosk/platform_client/http_transport.hpp"
#include "kiosk/platform_client/platform_error.hpp"
#include "kiosk/platform_client/retry_policy.hpp"
#include "kiosk/platform_client/sleeper.hpp"

namespace nanhai::kiosk {

class RequestRunner {
public:
    // `unit_random` returns values in [0, 1) for backoff jitter; empty: a seeded mt19937.
    RequestRunner(const ClientConfig& config, std::unique_ptr<HttpTransport> transport,
                  std::unique_ptr<Sleeper> sleeper, std::function<double()> unit_random = {});

    // The decoded JSON of a 2xx answer. On failure: invalid_input when the body cannot be
    // serialised (invalid UTF-8), network / platform / session_expired / malformed_response
    // from the last attempt otherwise. `session_token` empty: no Authorization header.
    Result<nlohmann::json, PlatformError> run(const ApiRequest& request, std::string_view session_token);

private:
    Result<nlohmann::json, PlatformError> attempt(const ApiRequest& request, const std::string& url,
                                                  std::string_view session_token,
                                                  const std::string& body);
    std::vector<HttpHeader> headers(const ApiRequest& request, std::string_view session_token) const;
    void log_failure(const ApiRequest& request, const PlatformError& error, int attempts,
                     bool will_retry) const;

    ClientConfig config_;
    std::string base_url_;
    RetryPolicy policy_;
    std::unique_ptr<HttpTransport> transport_;
    std::unique_ptr<Sleeper> sleeper_;
    std::function<double()> unit_random_;
};

}  // namespace nanhai::kiosk
