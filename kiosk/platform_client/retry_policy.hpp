// When a failed request may be sent again, and how long to wait first.
//
// Only where a repeat cannot do anything twice: GETs, and POSTs carrying an Idempotency-Key
// (the platform replays the first answer). Only for failures that may pass: no answer at all,
// or 502/503/504. A 4xx is the platform's decision and is never retried; neither are TLS and
// configuration failures, which a retry cannot fix.
#pragma once

#include <chrono>

#include "kiosk/platform_client/client_config.hpp"
#include "kiosk/platform_client/http_transport.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

struct RetryPolicy {
    int max_retries = 3;
    std::chrono::milliseconds backoff_initial{200};
    std::chrono::milliseconds backoff_max{3000};

    static RetryPolicy from(const ClientConfig& config);

    // Exponential backoff with "equal jitter": retry n waits a uniformly random time in
    // [b/2, b] where b = min(backoff_max, backoff_initial * 2^n). The lower half keeps waits
    // growing; the random half spreads a fleet of kiosks that lost the platform at once.
    // `unit_random` is in [0, 1).
    std::chrono::milliseconds delay(int retry_index, double unit_random) const;
};

bool request_may_be_repeated(HttpMethod method, bool has_idempotency_key);
bool failure_may_pass(const PlatformError& error);

}  // namespace nanhai::kiosk
