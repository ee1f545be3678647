#include "kiosk/platform_client/retry_policy.hpp"

#include <algorithm>

namespace nanhai::kiosk {

RetryPolicy RetryPolicy::from(const ClientConfig& config) {
    return RetryPolicy{std::max(0, config.max_retries), config.backoff_initial, config.backoff_max};
}

std::chrono::milliseconds RetryPolicy::delay(int retry_index, double unit_random) const {
    auto ceiling = static_cast<double>(std::max<std::int64_t>(0, backoff_max.count()));
    auto base = static_cast<double>(std::max<std::int64_t>(0, backoff_initial.count()));
    for (int i = 0; i < retry_index && base < ceiling; ++i) base *= 2;
    base = std::min(base, ceiling);
    double jitter = std::clamp(unit_random, 0.0, 1.0);
    return std::chrono::milliseconds{static_cast<std::int64_t>(base / 2 + jitter * base / 2)};
}

bool request_may_be_repeated(HttpMethod method, bool has_idempotency_key) {
    return method == HttpMethod::get || (method == HttpMethod::post && has_idempotency_key);
}

bool failure_may_pass(const PlatformError& error) {
    if (error.kind == PlatformErrorKind::network) {
        auto kind = error.transport ? error.transport->kind : TransportErrorKind::other;
        return kind != TransportErrorKind::tls_failure && kind != TransportErrorKind::configuration;
    }
    if (error.kind == PlatformErrorKind::platform)
        return error.http_status == 502 || error.http_status == 503 || error.http_status == 504;
    return false;
}

}  // namespace nanhai::kiosk
