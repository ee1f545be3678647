// Why an HTTP exchange produced no answer, in the client's own closed set of kinds (the raw
// backend code is kept for logs and diagnostics only).
#pragma once

#include <string>
#include <string_view>

namespace nanhai::kiosk {

enum class TransportErrorKind {
    cannot_connect,   // nothing listens / refused / host unreachable
    timeout,          // connect or request timeout
    tls_failure,      // handshake failed, certificate not trusted, host name mismatch
    dns,              // the host name did not resolve
    connection_lost,  // the connection broke mid-exchange (sent, maybe processed, no answer)
    configuration,    // the client's own settings are unusable (bad URL, missing CA file)
    other,            // anything else; logged with its raw code
};

struct TransportError {
    TransportErrorKind kind = TransportErrorKind::other;
    int raw_code = 0;    // backend code (CURLcode) or 0
    std::string detail;  // backend's message, for logs; never shown to citizens
};

std::string_view describe(TransportErrorKind kind);

}  // namespace nanhai::kiosk
