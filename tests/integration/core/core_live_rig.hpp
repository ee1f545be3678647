// KioskCore against the real kiosk-platform (demo seed, test clock 2026-12-01 09:00 +08:00,
// terminal NH-KIOSK-0001): a real PlatformClient over curl, a ManualTaskRunner whose tasks
// the test runs synchronously, a manual clock. The transport follows the platform when it is
// restarted on a new port and counts requests, so a test can prove "no network call".
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>

#include "drivers/sim/sim_receipt_printer.hpp"
#include "kiosk/core/app_queue.hpp"
#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/manual_task_runner.hpp"
#include "kiosk/platform_client/curl_transport.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "tests/support/api_client.hpp"
#include "tests/support/live_client_config.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::kiosk::core::test {

using nanhai::test::PlatformProcess;

inline ClientConfig live_config(const PlatformProcess& platform) {
    return nanhai::test::live_client_config(platform, 1, std::chrono::milliseconds{10},
                                            std::chrono::milliseconds{20});
}

// Sends to wherever the platform listens now, and counts what was sent.
class FollowingTransport final : public HttpTransport {
public:
    FollowingTransport(const PlatformProcess& platform, const ClientConfig& config,
                       std::shared_ptr<std::atomic<int>> requests)
        : platform_{platform}, real_{config}, first_base_{platform.base_url()}, requests_{std::move(requests)} {}

    Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                const std::vector<HttpHeader>& headers,
                                                const std::string& body) override {
        ++*requests_;
        std::string target = url;
        if (target.starts_with(first_base_)) target = platform_.base_url() + target.substr(first_base_.size());
        return real_.perform(method, target, headers, body);
    }

private:
    const PlatformProcess& platform_;
    CurlTransport real_;
    std::string first_base_;
    std::shared_ptr<std::atomic<int>> requests_;
};

inline hal::ResidentIdCard resident_card(std::string name, std::string id_number,
                                         std::string valid_to = "2036-03-12") {
    hal::ResidentIdCard card;
    card.name = SecureString{name};
    card.id_number = SecureString{id_number};
    card.valid_from = SecureString{"2016-03-12"};
    card.valid_to = SecureString{valid_to};
    card.address = SecureString{"广东省佛山市南海区桂城街道"};
    return card;
}

inline hal::ResidentIdCard chen_card(std::string valid_to = "2036-03-12") {
    return resident_card("陈美玲", "440605198803120528", std::move(valid_to));
}

inline hal::ResidentIdCard huang_card() { return resident_card("黄志强", "440605198506154318"); }

inline hal::CertificateCard meiling_enterprise_card() {
    hal::CertificateCard card;
    card.role = hal::CertificateRole::enterprise;
    card.credit_code = SecureString{"91440605MA4W00003K"};
    card.enterprise_name = SecureString{"佛山市南海区美玲食品有限公司"};
    card.holder_name = SecureString{"陈美玲"};
    return card;
}

class CoreLive : public ::testing::Test {
protected:
    CoreLive() : CoreLive(nullptr) {}
    // With another printer than the simulated one (the ESC/POS driver and a virtual printer).
    explicit CoreLive(hal::ReceiptPrinter* printer) : device_printer_{printer ? printer : &printer_} {
        EXPECT_TRUE(device_printer_->start([this](hal::DeviceEvent e) { devices_.push(std::move(e)); }));
    }
    ~CoreLive() override { device_printer_->stop(); }

    PlatformProcess platform_;
    // The simulated printer (real thread, real rendering); its events reach the core through
    // an AppQueue as in the app, delivered by settle_print().
    drivers::SimReceiptPrinter printer_;
    hal::ReceiptPrinter* device_printer_;  // the one the core prints on
    AppQueue devices_;
    std::shared_ptr<std::atomic<int>> requests_ = std::make_shared<std::atomic<int>>(0);
    PlatformClient client_{live_config(platform_),
                           std::make_unique<FollowingTransport>(platform_, live_config(platform_), requests_),
                           std::make_unique<ThreadSleeper>()};
    ManualCoreClock clock_{*core_time_from_iso("2026-12-01T09:00:00+08:00")};
    ManualTaskRunner runner_;
    KioskCore core_{client_, runner_, clock_, CoreSettings{SessionConfig{90, 20}, "zh-CN", false}, device_printer_};

    void place(hal::IdentityDocument document) { core_.handle(hal::DeviceEvent{hal::CardPlaced{std::move(document)}}); }
    void remove_card() { core_.handle(hal::DeviceEvent{hal::CardRemoved{}}); }
    void scan(std::string payload) { core_.handle(hal::DeviceEvent{hal::CodeScanned{std::move(payload), "]Q1"}}); }
    void press(std::string widget, std::string value = {}) { core_.handle(Intent{std::move(widget), std::move(value)}); }
    void wait(int seconds) {
        clock_.advance(std::chrono::seconds{seconds});
        core_.tick(clock_.now());
    }
    // Lets every queued platform call run and its reply arrive.
    void settle() { runner_.run_all(); }
    // Waits (bounded) until the printer has answered for the receipt on its way out: printed,
    // or held. Device events are delivered on this thread, as the app's loop does.
    void settle_print() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{20};
        while (view().print && view().print->state == "printing" && std::chrono::steady_clock::now() < deadline) {
            devices_.wait_until(std::chrono::steady_clock::now() + std::chrono::milliseconds{50});
            for (auto& m : devices_.drain()) deliver(std::move(m), core_);
        }
    }
    // Delivers device events that arrived so far (a status change after paper is loaded).
    void deliver_device_events(std::size_t at_least = 1) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{20};
        std::size_t delivered = 0;
        while (delivered < at_least && std::chrono::steady_clock::now() < deadline) {
            devices_.wait_until(std::chrono::steady_clock::now() + std::chrono::milliseconds{50});
            for (auto& m : devices_.drain()) {
                deliver(std::move(m), core_);
                ++delivered;
            }
        }
    }
    const ViewState& view() const { return core_.view(); }

    // The mobile identity QR a citizen's phone would show (demo endpoint).
    std::string mint_identity_qr(const std::string& id_number, const std::string& name) {
        nanhai::test::ApiClient api{platform_.port()};
        auto minted = api.post("/api/v1/demo/identity-tokens", {{"id_number", id_number}, {"name", name}});
        EXPECT_EQ(minted.status, 200) << minted.body.dump();
        return minted.body.value("token", "");
    }

    // After every kind of session end: nothing personal in the core, no token in the client.
    void expect_wiped() {
        settle();  // the background sign-out
        EXPECT_EQ(view().screen, "home");
        EXPECT_FALSE(core_.signed_in());
        EXPECT_FALSE(view().applicant);
        auto holders = core_.personal_data_holders();
        EXPECT_TRUE(holders.empty()) << "still held: " << ::testing::PrintToString(holders);
        EXPECT_FALSE(client_.signed_in());
    }
};

}  // namespace nanhai::kiosk::core::test
