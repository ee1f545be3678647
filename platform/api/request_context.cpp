#include "platform/api/request_context.hpp"

#include <charconv>

namespace nanhai::platform {

std::optional<int> parse_positive(const std::string& text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < 1) return std::nullopt;
    return value;
}

Result<const Session*, ApiError> RequestContext::require_session() const {
    if (!session) return fail(api_error(ErrorCode::session_required));
    return &*session;
}

std::optional<std::string> RequestContext::query(const std::string& name) const {
    auto it = request.query.find(name);
    if (it == request.query.end()) return std::nullopt;
    return it->second;
}

Result<PageRequest, ApiError> page_request(const RequestContext& ctx) {
    PageRequest page;
    if (auto p = ctx.query("page")) {
        auto value = parse_positive(*p);
        if (!value || *value > 100000) return fail(invalid_field("page", "must be 1 to 100000"));
        page.page = *value;
    }
    if (auto n = ctx.query("per_page")) {
        auto value = parse_positive(*n);
        if (!value || *value > 100) return fail(invalid_field("per_page", "must be 1 to 100"));
        page.per_page = *value;
    }
    return page;
}

nlohmann::json page_body(nlohmann::json items, const PageRequest& page, std::int64_t total) {
    return {{"items", std::move(items)},
            {"page", page.page},
            {"per_page", page.per_page},
            {"total", total}};
}

}  // namespace nanhai::platform
