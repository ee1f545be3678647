#include "platform/api/router.hpp"

namespace nanhai::platform {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        if (end > start) parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

bool match_pattern(std::string_view pattern, std::string_view path,
                   std::map<std::string, std::string>& params) {
    auto want = split_path(pattern);
    auto have = split_path(path);
    if (want.size() != have.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (want[i].front() == '{' && want[i].back() == '}') {
            params[std::string{want[i].substr(1, want[i].size() - 2)}] = std::string{have[i]};
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, bool creates,
                 Handler handler) {
    routes_.push_back({std::move(method), std::move(pattern), access, creates, std::move(handler)});
}

std::optional<RouteMatch> Router::match(std::string_view method, std::string_view path,
                                        bool& path_known) const {
    path_known = false;
    for (const auto& route : routes_) {
        std::map<std::string, std::string> params;
        if (!match_pattern(route.pattern, path, params)) continue;
        path_known = true;
        if (route.method == method) return RouteMatch{&route, std::move(params)};
    }
    return std::nullopt;
}

}  // namespace nanhai::platform
