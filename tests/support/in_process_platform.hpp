// A Platform on an in-memory database with a manual clock, two kiosks and a department desk,
// for unit tests of the request pipeline and the rules (no process, no sockets).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "platform/clock.hpp"
#include "platform/platform.hpp"

namespace nanhai::test {

class InProcessPlatform {
public:
    // Starts at 2026-12-01 09:00 +08:00 (a Tuesday, a working day).
    explicit InProcessPlatform(bool with_demo_data = false);

    platform::HttpResponse call(const std::string& method, const std::string& path,
                                const nlohmann::json& body = nullptr,
                                std::optional<std::string> idempotency_key = std::nullopt);
    // Same, with the raw body and content type given.
    platform::HttpResponse call_raw(const std::string& method, const std::string& path,
                                    const std::string& body, const std::string& content_type,
                                    std::optional<std::string> idempotency_key = std::nullopt);

    void use_terminal(std::string id, std::string key) {
        terminal_id_ = std::move(id);
        terminal_key_ = std::move(key);
    }
    void use_session(std::optional<std::string> token) { session_ = std::move(token); }
    std::string sign_in_citizen(const std::string& id_number, const std::string& name);
    void advance(std::chrono::seconds by) { clock_->advance(by); }
    void set_time(const std::string& iso);

    platform::Platform& platform() { return *platform_; }
    platform::Database& db() { return platform_->database(); }

private:
    std::shared_ptr<platform::ManualClock> clock_;
    std::unique_ptr<platform::Platform> platform_;
    std::string terminal_id_ = "NH-KIOSK-0001";
    std::string terminal_key_ = "dev-only-kiosk-key-0001";
    std::optional<std::string> session_;
    int next_key_ = 0;
};

}  // namespace nanhai::test
