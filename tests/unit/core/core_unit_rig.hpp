// A KioskCore over a scripted transport (no platform process), a manual clock at the demo's
// 2026-12-01 09:00 (+08:00) and a ManualTaskRunner: for intent routing, views, timeouts and
// races where the exact reply matters more than the platform's rules.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/manual_task_runner.hpp"
#include "kiosk/platform_client/platform_client.hpp"

namespace nanhai::kiosk::core::test {

struct ScriptedHttp {
    std::deque<Result<RawResponse, TransportError>> answers;
    std::vector<std::string> urls;  // "POST http://platform.test/api/v1/sessions"
};

class ScriptedTransport final : public HttpTransport {
public:
    explicit ScriptedTransport(std::shared_ptr<ScriptedHttp> http) : http_{std::move(http)} {}
    Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                const std::vector<HttpHeader>&,
                                                const std::string&) override {
        http_->urls.push_back(std::string{method_name(method)} + " " + url);
        if (http_->answers.empty()) return RawResponse{500, "{}"};
        auto next = std::move(http_->answers.front());
        http_->answers.pop_front();
        return next;
    }

private:
    std::shared_ptr<ScriptedHttp> http_;
};

class NoSleep final : public Sleeper {
public:
    void sleep_for(std::chrono::milliseconds) override {}
};

inline const std::string kUnitSessionBody =
    R"({"applicant":{"kind":"person","id_type":"citizen_id","masked_id":"4406**********0528",)"
    R"("masked_name":"陈*玲","auth_level":3,"auth_method":"id_card"},)"
    R"("blacklist":{"blacklisted":false,"entries":[]},"services_unlocked":12,)"
    R"("expires_at":"2026-12-01T10:00:00+08:00","token":"unit-token-0123456789abcdef",)"
    R"("idle_timeout_seconds":600})";

inline CoreTime demo_morning() { return *core_time_from_iso("2026-12-01T09:00:00+08:00"); }

inline ClientConfig unit_client_config() {
    ClientConfig c;
    c.base_url = "http://platform.test";
    c.terminal_id = "NH-KIOSK-0001";
    c.terminal_key = "dev-only-kiosk-key-0001";
    c.max_retries = 0;
    return c;
}

inline hal::ResidentIdCard chen_card(std::string valid_to = "2036-03-12") {
    hal::ResidentIdCard card;
    card.name = SecureString{"陈美玲"};
    card.id_number = SecureString{"440605198803120528"};
    card.valid_to = SecureString{valid_to};
    card.valid_from = SecureString{"2016-03-12"};
    return card;
}

struct CoreUnitRig {
    std::shared_ptr<ScriptedHttp> http = std::make_shared<ScriptedHttp>();
    PlatformClient client{unit_client_config(), std::make_unique<ScriptedTransport>(http),
                          std::make_unique<NoSleep>()};
    ManualCoreClock clock{demo_morning()};
    ManualTaskRunner runner;
    KioskCore core{client, runner, clock, CoreSettings{SessionConfig{90, 20}, "zh-CN", false}};

    void answer(int status, std::string body) { http->answers.push_back(RawResponse{status, std::move(body)}); }
    void no_answer() {
        http->answers.push_back(tl::make_unexpected(
            TransportError{TransportErrorKind::cannot_connect, 7, "scripted"}));
    }
    void intent(std::string widget, std::string value = {}) {
        core.handle(Intent{std::move(widget), std::move(value)});
    }
    void event(hal::DeviceEvent e) { core.handle(e); }
    void wait(int seconds) {
        clock.advance(std::chrono::seconds{seconds});
        core.tick(clock.now());
    }
    const ViewState& view() const { return core.view(); }
    // Signs in 陈美玲 by card against a scripted 201.
    void sign_in() {
        answer(201, kUnitSessionBody);
        event(hal::CardPlaced{chen_card()});
        runner.run_all();
    }
};

}  // namespace nanhai::kiosk::core::test
