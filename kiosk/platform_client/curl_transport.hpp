// HttpTransport over one reused libcurl easy handle: connections are kept alive between
// requests, TCP_NODELAY is on (without it keep-alive requests stall ~44 ms on delayed ACKs,
// toolchain.md), signals are never used for timeouts, and TLS peers are verified by default.
//
// Thread safety: perform() is serialised by a mutex, so a shared transport is safe but requests
// queue behind each other. The kiosk uses one PlatformClient (and so one transport) on its
// network worker thread.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "kiosk/platform_client/client_config.hpp"
#include "kiosk/platform_client/http_transport.hpp"

namespace nanhai::kiosk {

class CurlTransport final : public HttpTransport {
public:
    explicit CurlTransport(const ClientConfig& config);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    // On failure: the mapped TransportError (curl_error_map.hpp); `configuration` when the
    // easy handle could not be created or the configured CA file / directory does not exist.
    Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                const std::vector<HttpHeader>& headers,
                                                const std::string& body) override;

    // New TCP connections opened so far (CURLINFO_NUM_CONNECTS summed): diagnostics, and
    // tests that check keep-alive reuse.
    long connections_opened() const;

private:
    Result<void, TransportError> check_tls_files(const std::string& url) const;
    void apply_options(HttpMethod method, const std::string& url, const std::string& body);

    mutable std::mutex mutex_;
    void* curl_ = nullptr;  // CURL*; kept opaque so that users do not include <curl/curl.h>
    ClientConfig config_;
    std::string response_body_;
    char error_buffer_[256] = {};
    long connections_opened_ = 0;
};

}  // namespace nanhai::kiosk
