// PENDING: the blacklist is being written.
#include "platform/domain/blacklist.hpp"

namespace nanhai::platform {

Result<void, ApiError> add_conduct_record(RequestContext&, std::int64_t, const std::string&,
                                          const std::string&) {
    return {};
}

Result<nlohmann::json, ApiError> blacklist_view(Database&, std::int64_t, Instant, const Rules&) {
    return nlohmann::json{{"blacklisted", false}, {"entries", nlohmann::json::array()}};
}

Result<void, ApiError> ensure_not_blacklisted(Database&, std::int64_t, Instant, const Rules&) {
    return {};
}

}  // namespace nanhai::platform
