// The platform client's configuration for tests against a real kiosk-platform process: the
// demo kiosk's credentials and short timeouts and backoff, so that failures show quickly.
#pragma once

#include <chrono>

#include "kiosk/platform_client/client_config.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::test {

inline kiosk::ClientConfig live_client_config(const PlatformProcess& platform, int max_retries = 2,
                                              std::chrono::milliseconds backoff_initial =
                                                  std::chrono::milliseconds{20},
                                              std::chrono::milliseconds backoff_max =
                                                  std::chrono::milliseconds{100}) {
    kiosk::ClientConfig c;
    c.base_url = platform.base_url();
    c.terminal_id = "NH-KIOSK-0001";
    c.terminal_key = "dev-only-kiosk-key-0001";
    c.connect_timeout = std::chrono::milliseconds{1000};
    c.request_timeout = std::chrono::milliseconds{5000};
    c.max_retries = max_retries;
    c.backoff_initial = backoff_initial;
    c.backoff_max = backoff_max;
    return c;
}

}  // namespace nanhai::test
