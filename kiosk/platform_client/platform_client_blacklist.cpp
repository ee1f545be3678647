// PlatformClient: the applicant's blacklist entries and appeals against them (art. 25).
#include "common/utf8.hpp"
#include "kiosk/platform_client/parse_session.hpp"
#include "kiosk/platform_client/platform_client.hpp"

namespace nanhai::kiosk {

Result<BlacklistStatus, PlatformError> PlatformClient::blacklist() {
    return call<BlacklistStatus>({HttpMethod::get, "/api/v1/blacklist", {}, {}, "blacklist.view"},
                                 SessionUse::required, parse_blacklist_status);
}

Result<Appeal, PlatformError> PlatformClient::appeal_blacklisting(std::int64_t blacklisting_id,
                                                                  std::string_view statement,
                                                                  const OperationKey& key) {
    if (blacklisting_id < 1) return fail(invalid_input("blacklisting_id", "must be positive"));
    if (statement.empty()) return fail(invalid_input("statement", "is empty"));
    if (!is_valid_utf8(statement)) return fail(invalid_input("statement", "is not valid UTF-8"));
    if (split_code_points(statement).size() > 1000)
        return fail(invalid_input("statement", "is longer than 1000 characters"));
    ApiRequest request{HttpMethod::post,
                       "/api/v1/blacklist/" + std::to_string(blacklisting_id) + "/appeals",
                       nlohmann::json{{"statement", statement}}, key.value, "blacklist.appeal"};
    return call<Appeal>(request, SessionUse::required, parse_appeal);
}

}  // namespace nanhai::kiosk
