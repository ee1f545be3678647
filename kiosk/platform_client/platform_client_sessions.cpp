// PlatformClient: sign-in with each credential, the current session, sign-out.
#include "kiosk/platform_client/parse_session.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/session_requests.hpp"

namespace nanhai::kiosk {
namespace {

// The token is taken out of the answer (and wiped there) so that it exists once, in the client.
Result<std::string, PlatformError> take_token(nlohmann::json& document) {
    auto it = document.find("token");
    if (it == document.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        return fail(malformed_response("session.token", "missing"));
    std::string token = std::move(it->get_ref<std::string&>());
    wipe_json_strings(*it);
    return token;
}

}  // namespace

Result<SessionInfo, PlatformError> PlatformClient::sign_in(nlohmann::json body,
                                                           const OperationKey& key) {
    ApiRequest request{HttpMethod::post, "/api/v1/sessions", std::move(body), key.value,
                       "sessions.sign_in"};
    auto document = send(request, SessionUse::none);
    wipe_json_strings(*request.body);
    if (!document) return fail(document.error());
    auto token = take_token(*document);
    if (!token) return fail(token.error());
    auto session = parse_session(*document);
    if (!session) {
        secure_wipe(*token);
        return fail(session.error());
    }
    token_.assign(std::move(*token));
    return session;
}

Result<SessionInfo, PlatformError> PlatformClient::sign_in_id_card(const IdCardCredential& card,
                                                                   const OperationKey& key) {
    return sign_in(id_card_sign_in_body(card), key);
}

Result<SessionInfo, PlatformError> PlatformClient::sign_in_mobile_qr(std::string_view qr_token,
                                                                     const OperationKey& key) {
    return sign_in(mobile_qr_sign_in_body(qr_token), key);
}

Result<SessionInfo, PlatformError> PlatformClient::sign_in_enterprise(const EnterpriseCredential& cert,
                                                                      const OperationKey& key) {
    return sign_in(enterprise_sign_in_body(cert), key);
}

Result<SessionInfo, PlatformError> PlatformClient::current_session() {
    return call<SessionInfo>({HttpMethod::get, "/api/v1/sessions/current", {}, {}, "sessions.current"},
                             SessionUse::required, parse_session);
}

Result<void, PlatformError> PlatformClient::sign_out() {
    if (token_.empty()) return {};
    auto result = send({HttpMethod::del, "/api/v1/sessions/current", {}, {}, "sessions.sign_out"},
                       SessionUse::required);
    token_.clear();
    if (!result) return fail(result.error());
    return {};
}

}  // namespace nanhai::kiosk
