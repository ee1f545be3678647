// A small HTTP client for platform tests over real loopback HTTP. It names a terminal on every
// request (the demo kiosk by default), adds an Idempotency-Key to every POST unless one is
// given, and checks every answer against platform/openapi.json (a mismatch fails the test).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace nanhai::test {

struct ApiResponse {
    int status = 0;  // 0: no answer (connection failed)
    nlohmann::json body;
    std::string error_code() const {
        return body.is_object() && body.contains("error") ? body["error"].value("code", "") : "";
    }
};

class ApiClient {
public:
    ApiClient(int port, std::string terminal_id = "NH-KIOSK-0001",
              std::string terminal_key = "dev-only-kiosk-key-0001");
    ~ApiClient();
    ApiClient(const ApiClient&) = delete;
    ApiClient& operator=(const ApiClient&) = delete;

    ApiResponse get(const std::string& path_and_query);
    ApiResponse post(const std::string& path, const nlohmann::json& body,
                     std::optional<std::string> idempotency_key = std::nullopt);
    ApiResponse post_raw(const std::string& path, const std::string& body,
                         const std::string& content_type,
                         std::optional<std::string> idempotency_key = std::nullopt);
    ApiResponse del(const std::string& path);

    void set_session(std::optional<std::string> token) { session_ = std::move(token); }
    void set_terminal(std::string id, std::string key) {
        terminal_id_ = std::move(id);
        terminal_key_ = std::move(key);
    }
    // Turn off the OpenAPI check for requests that deliberately break the contract.
    void set_check_contract(bool on) { check_contract_ = on; }

    // Moves the platform's test clock ("2026-12-01T09:00:00+08:00").
    void set_clock(const std::string& iso_time);
    // Signs in with a demo citizen ID card; returns the session token and keeps it.
    std::string sign_in_id_card(const std::string& id_number, const std::string& name,
                                const std::string& valid_to = "2036-01-01");

private:
    ApiResponse finish(const std::string& method, const std::string& path, int status,
                       const std::string& body);
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string terminal_id_;
    std::string terminal_key_;
    std::optional<std::string> session_;
    bool check_contract_ = true;
};

}  // namespace nanhai::test
