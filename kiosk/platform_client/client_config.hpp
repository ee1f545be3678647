// How the kiosk reaches its platform: address, terminal credentials, timeouts, retries, TLS.
// A plain struct so that the kiosk's one configuration object can fill it in.
#pragma once

#include <chrono>
#include <string>

namespace nanhai::kiosk {

struct ClientConfig {
    std::string base_url = "http://127.0.0.1:8780";  // no trailing slash needed
    std::string terminal_id;
    std::string terminal_key;

    std::chrono::milliseconds connect_timeout{3000};
    std::chrono::milliseconds request_timeout{10000};  // whole request, connect included

    // Retries apply only where they are safe: GETs and POSTs carrying an Idempotency-Key.
    int max_retries = 3;
    std::chrono::milliseconds backoff_initial{200};
    std::chrono::milliseconds backoff_max{3000};

    // TLS: peer and host verification are on unless verify_tls is false (development only).
    std::string ca_file;  // PEM bundle; empty: the system's store
    std::string ca_path;  // hashed certificate directory; empty: the system's store
    bool verify_tls = true;
};

// The base URL without trailing slashes, so that paths can always start with '/'.
std::string normalised_base_url(const ClientConfig& config);

}  // namespace nanhai::kiosk
