// Route table: method + path pattern ("/api/v1/cases/{code}") -> handler with its access rule.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

enum class Access {
    open,              // no terminal credentials (health, public keys)
    terminal,          // any registered terminal
    session,           // a kiosk terminal with a signed-in applicant
    optional_session,  // a terminal; the applicant's session is used when one is given
    department,        // a department terminal (staff actions)
    operator_key,      // an operator (its own credentials, not a terminal's): the audit record
};

using Handler = std::function<Result<HttpResponse, ApiError>(RequestContext&)>;

struct Route {
    std::string method;
    std::string pattern;
    Access access;
    bool creates;  // a POST that creates something: Idempotency-Key required
    Handler handler;
};

struct RouteMatch {
    const Route* route;
    std::map<std::string, std::string> params;
};

class Router {
public:
    void add(std::string method, std::string pattern, Access access, bool creates, Handler handler);
    // nullopt with path_known = true means 405 (the path exists with another method).
    std::optional<RouteMatch> match(std::string_view method, std::string_view path,
                                    bool& path_known) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

}  // namespace nanhai::platform
