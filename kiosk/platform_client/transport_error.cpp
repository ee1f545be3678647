#include "kiosk/platform_client/transport_error.hpp"

namespace nanhai::kiosk {

std::string_view describe(TransportErrorKind kind) {
    switch (kind) {
        case TransportErrorKind::cannot_connect: return "cannot_connect";
        case TransportErrorKind::timeout: return "timeout";
        case TransportErrorKind::tls_failure: return "tls_failure";
        case TransportErrorKind::dns: return "dns";
        case TransportErrorKind::connection_lost: return "connection_lost";
        case TransportErrorKind::configuration: return "configuration";
        case TransportErrorKind::other: return "other";
    }
    return "other";
}

}  // namespace nanhai::kiosk
