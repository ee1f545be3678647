// Test doubles for the platform client: a transport that answers from a script and records
// every request, and a sleeper that records delays instead of waiting.
#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/platform_client/http_transport.hpp"
#include "kiosk/platform_client/sleeper.hpp"

namespace nanhai::kiosk::test {

struct RecordedRequest {
    HttpMethod method;
    std::string url;
    std::vector<HttpHeader> headers;
    std::string body;

    std::string header(const std::string& name) const {
        for (const auto& h : headers)
            if (h.name == name) return h.value;
        return "";
    }
    bool has_header(const std::string& name) const {
        for (const auto& h : headers)
            if (h.name == name) return true;
        return false;
    }
};

class FakeHttpTransport final : public HttpTransport {
public:
    struct Shared {
        std::deque<Result<RawResponse, TransportError>> script;
        std::vector<RecordedRequest> requests;
    };

    explicit FakeHttpTransport(std::shared_ptr<Shared> shared) : shared_{std::move(shared)} {}

    Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                const std::vector<HttpHeader>& headers,
                                                const std::string& body) override {
        shared_->requests.push_back({method, url, headers, body});
        if (shared_->script.empty()) return RawResponse{500, "{}"};
        auto next = std::move(shared_->script.front());
        shared_->script.pop_front();
        return next;
    }

private:
    std::shared_ptr<Shared> shared_;
};

class RecordingSleeper final : public Sleeper {
public:
    explicit RecordingSleeper(std::shared_ptr<std::vector<std::chrono::milliseconds>> delays)
        : delays_{std::move(delays)} {}
    void sleep_for(std::chrono::milliseconds delay) override { delays_->push_back(delay); }

private:
    std::shared_ptr<std::vector<std::chrono::milliseconds>> delays_;
};

inline Result<RawResponse, TransportError> answer(int status, std::string body) {
    return RawResponse{status, std::move(body)};
}

inline Result<RawResponse, TransportError> no_answer(TransportErrorKind kind) {
    return tl::make_unexpected(TransportError{kind, 7, "scripted"});
}

inline std::string error_body(const std::string& code) {
    return R"({"error":{"code":")" + code +
           R"(","message_zh":"错误","message_en":"error","details":{"field":"x"}}})";
}

inline const std::string kHealthBody =
    R"({"status":"ok","time":"2026-12-01T09:00:00+08:00","schema_version":3,"api_version":"v1"})";

inline const std::string kSessionBody =
    R"({"applicant":{"kind":"person","id_type":"citizen_id","masked_id":"1101**********002X",)"
    R"("masked_name":"张*","auth_level":3,"auth_method":"id_card"},)"
    R"("blacklist":{"blacklisted":false,"entries":[]},"services_unlocked":12,)"
    R"("expires_at":"2026-12-01T10:00:00+08:00","token":"secret-token-value-0123456789abcdef",)"
    R"("idle_timeout_seconds":600})";

// A client wired to the fakes, with the script and records reachable from the test.
struct FakeClientRig {
    std::shared_ptr<FakeHttpTransport::Shared> http = std::make_shared<FakeHttpTransport::Shared>();
    std::shared_ptr<std::vector<std::chrono::milliseconds>> delays =
        std::make_shared<std::vector<std::chrono::milliseconds>>();

    void script(Result<RawResponse, TransportError> step) { http->script.push_back(std::move(step)); }
    const std::vector<RecordedRequest>& requests() const { return http->requests; }
};

}  // namespace nanhai::kiosk::test
