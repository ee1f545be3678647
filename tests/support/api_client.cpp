#include "tests/support/api_client.hpp"

#include <atomic>

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include "tests/support/openapi_validator.hpp"

namespace nanhai::test {

struct ApiClient::Impl {
    httplib::Client http;
    explicit Impl(int port) : http{"127.0.0.1", port} {
        http.set_keep_alive(true);
        http.set_tcp_nodelay(true);
        http.set_connection_timeout(5);
        http.set_read_timeout(30);
    }
};

ApiClient::ApiClient(int port, std::string terminal_id, std::string terminal_key)
    : impl_{std::make_unique<Impl>(port)}, terminal_id_{std::move(terminal_id)},
      terminal_key_{std::move(terminal_key)} {}

ApiClient::~ApiClient() = default;

namespace {

std::string path_only(const std::string& path_and_query) {
    return path_and_query.substr(0, path_and_query.find('?'));
}

}  // namespace

ApiResponse ApiClient::finish(const std::string& method, const std::string& path, int status,
                              const std::string& body) {
    ApiResponse out;
    out.status = status;
    out.body = nlohmann::json::parse(body, nullptr, false);
    if (status == 0) return out;
    EXPECT_FALSE(out.body.is_discarded()) << method << " " << path << " answered non-JSON: " << body;
    if (check_contract_) {
        auto problems = OpenApiValidator::repository().check_response(method, path_only(path),
                                                                      status, out.body);
        for (const auto& p : problems)
            ADD_FAILURE() << "OpenAPI contract: " << method << " " << path << " -> " << status
                          << ": " << p << "\nbody: " << out.body.dump();
    }
    return out;
}

ApiResponse ApiClient::get(const std::string& path_and_query) {
    httplib::Headers headers{{"X-Terminal-Id", terminal_id_}, {"X-Terminal-Key", terminal_key_}};
    if (session_) headers.emplace("Authorization", "Bearer " + *session_);
    auto res = impl_->http.Get(path_and_query.c_str(), headers);
    return finish("GET", path_and_query, res ? res->status : 0, res ? res->body : "");
}

ApiResponse ApiClient::post(const std::string& path, const nlohmann::json& body,
                            std::optional<std::string> idempotency_key) {
    return post_raw(path, body.dump(), "application/json", std::move(idempotency_key));
}

ApiResponse ApiClient::post_raw(const std::string& path, const std::string& body,
                                const std::string& content_type,
                                std::optional<std::string> idempotency_key) {
    httplib::Headers headers{{"X-Terminal-Id", terminal_id_}, {"X-Terminal-Key", terminal_key_}};
    if (session_) headers.emplace("Authorization", "Bearer " + *session_);
    // Unique in the process: clients made one after another at the same address must not
    // repeat each other's keys.
    static std::atomic<std::uint64_t> keys{0};
    std::string key = idempotency_key ? *idempotency_key
                                      : "test-" + std::to_string(::getpid()) + "-" + std::to_string(++keys);
    if (!key.empty()) headers.emplace("Idempotency-Key", key);
    auto res = impl_->http.Post(path.c_str(), headers, body, content_type.c_str());
    return finish("POST", path, res ? res->status : 0, res ? res->body : "");
}

ApiResponse ApiClient::del(const std::string& path) {
    httplib::Headers headers{{"X-Terminal-Id", terminal_id_}, {"X-Terminal-Key", terminal_key_}};
    if (session_) headers.emplace("Authorization", "Bearer " + *session_);
    auto res = impl_->http.Delete(path.c_str(), headers);
    return finish("DELETE", path, res ? res->status : 0, res ? res->body : "");
}

void ApiClient::set_clock(const std::string& iso_time) {
    auto r = post("/api/v1/test/clock", {{"now", iso_time}});
    ASSERT_EQ(r.status, 200) << r.body.dump();
}

std::string ApiClient::sign_in_id_card(const std::string& id_number, const std::string& name,
                                       const std::string& valid_to) {
    set_session(std::nullopt);
    auto r = post("/api/v1/sessions",
                  {{"method", "id_card"},
                   {"id_card",
                    {{"card_type", "citizen"}, {"id_number", id_number}, {"name", name},
                     {"valid_to", valid_to}}}});
    EXPECT_EQ(r.status, 201) << r.body.dump();
    if (r.status != 201) return {};
    std::string token = r.body["token"];
    set_session(token);
    return token;
}

}  // namespace nanhai::test
