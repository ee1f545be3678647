// Transport-neutral request and response: the HTTP server adapts to these, and tests and the
// fuzz target call the platform with them directly.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace nanhai::platform {

// Header names are stored lower-case.
struct HttpRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> query;
    std::map<std::string, std::string> headers;
    std::string body;

    const std::string* header(const std::string& lower_name) const {
        auto it = headers.find(lower_name);
        return it == headers.end() ? nullptr : &it->second;
    }
};

struct HttpResponse {
    int status = 200;
    nlohmann::json body = nlohmann::json::object();
};

}  // namespace nanhai::platform
