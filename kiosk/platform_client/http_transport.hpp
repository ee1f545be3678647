// The narrow HTTP interface the platform client is written against: one request in, one raw
// response (any status) or a transport error out. CurlTransport is the real one; unit tests
// script a fake.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "kiosk/platform_client/transport_error.hpp"

namespace nanhai::kiosk {

enum class HttpMethod { get, post, del };

std::string_view method_name(HttpMethod method);

struct HttpHeader {
    std::string name;
    std::string value;
};

struct RawResponse {
    int status = 0;
    std::string body;
};

class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    // Any HTTP status is a response; only "no answer" is a TransportError.
    virtual Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                        const std::vector<HttpHeader>& headers,
                                                        const std::string& body) = 0;
};

inline std::string_view method_name(HttpMethod method) {
    switch (method) {
        case HttpMethod::get: return "GET";
        case HttpMethod::post: return "POST";
        case HttpMethod::del: return "DELETE";
    }
    return "GET";
}

}  // namespace nanhai::kiosk
