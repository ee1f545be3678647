#include "kiosk/platform_client/curl_error_map.hpp"

#include <curl/curl.h>

#include <optional>
#include <string>

#include "common/log.hpp"

namespace nanhai::kiosk {
namespace {

using K = TransportErrorKind;

std::optional<K> expected_kind(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_CONNECT: return K::cannot_connect;
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY: return K::dns;
        case CURLE_OPERATION_TIMEDOUT: return K::timeout;
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS: return K::tls_failure;
        case CURLE_GOT_NOTHING:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_PARTIAL_FILE:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM: return K::connection_lost;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT: return K::configuration;
        default: return std::nullopt;
    }
}

}  // namespace

TransportError map_curl_error(int code, std::string_view message) {
    auto curl_code = static_cast<CURLcode>(code);
    std::string detail{message.empty() ? std::string_view{curl_easy_strerror(curl_code)} : message};
    if (auto kind = expected_kind(curl_code)) return TransportError{*kind, code, std::move(detail)};
    log_event(LogLevel::warning, "platform_client.transport_unexpected_code",
              {{"curl_code", std::to_string(code)}, {"detail", detail}});
    return TransportError{K::other, code, std::move(detail)};
}

}  // namespace nanhai::kiosk
