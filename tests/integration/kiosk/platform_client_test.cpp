// The kiosk's platform client against the real kiosk-platform process on loopback (demo seed,
// terminal NH-KIOSK-0001, test clock at 2026-12-01T09:00 +08:00): sessions, catalogue, the
// platform going away and coming back, a keyed sign-in repeated across a server crash, and
// connection reuse.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <optional>

#include "common/approval_code.hpp"
#include "kiosk/platform_client/curl_transport.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "tests/support/live_client_config.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::kiosk {
namespace {

using nanhai::test::PlatformProcess;

ClientConfig config_for(const PlatformProcess& platform) {
    return nanhai::test::live_client_config(platform);
}

IdCardCredential demo_card() {
    return IdCardCredential{IdCardType::citizen, "11010519491231002X", "张三", "2036-01-01"};
}

class PlatformClientLive : public ::testing::Test {
protected:
    PlatformProcess platform_;
    PlatformClient client_{config_for(platform_)};
};

TEST_F(PlatformClientLive, HealthAndPublicKeys) {
    auto health = client_.health();
    ASSERT_TRUE(health) << summary(health.error());
    EXPECT_EQ(health->status, "ok");
    EXPECT_EQ(format_iso_instant(health->time), "2026-12-01T09:00:00+08:00");
    auto keys = client_.public_keys();
    ASSERT_TRUE(keys) << summary(keys.error());
    EXPECT_EQ(keys->size(), 2u);
    EXPECT_EQ(receipt_keys(*keys).size(), 1u);
}

TEST_F(PlatformClientLive, SignInCurrentSessionSignOut) {
    auto session = client_.sign_in_id_card(demo_card());
    ASSERT_TRUE(session) << summary(session.error());
    EXPECT_EQ(session->applicant.auth_method, "id_card");
    EXPECT_EQ(session->applicant.auth_level, 3);
    EXPECT_NE(session->applicant.masked_id, "11010519491231002X");
    EXPECT_TRUE(client_.signed_in());

    auto current = client_.current_session();
    ASSERT_TRUE(current) << summary(current.error());
    EXPECT_EQ(current->applicant.masked_id, session->applicant.masked_id);

    ASSERT_TRUE(client_.sign_out());
    EXPECT_FALSE(client_.signed_in());
    auto after = client_.current_session();
    ASSERT_FALSE(after);
    EXPECT_EQ(after.error().kind, PlatformErrorKind::session_expired);
    EXPECT_EQ(client_.appointments().error().kind, PlatformErrorKind::session_expired);
}

TEST_F(PlatformClientLive, PlatformRefusalsCarryTheirCode) {
    auto card = demo_card();
    card.id_number = "110105194912310021";  // wrong check character
    auto bad = client_.sign_in_id_card(card);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().kind, PlatformErrorKind::platform);
    EXPECT_EQ(bad.error().code, "invalid_id_number");
    EXPECT_FALSE(bad.error().message_zh.empty());

    auto config = config_for(platform_);
    config.terminal_key = "wrong";
    PlatformClient stranger{config};
    auto refused = stranger.sign_in_id_card(demo_card());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().http_status, 401);
    EXPECT_EQ(refused.error().code, "terminal_unknown");
}

TEST_F(PlatformClientLive, CatalogueIsReadable) {
    auto departments = client_.departments();
    ASSERT_TRUE(departments) << summary(departments.error());
    EXPECT_FALSE(departments->empty());
    auto halls = client_.halls();
    ASSERT_TRUE(halls) << summary(halls.error());
    ASSERT_FALSE(halls->empty());
    auto page = client_.items({"", "", "", 1, 5});
    ASSERT_TRUE(page) << summary(page.error());
    EXPECT_LE(page->items.size(), 5u);
    ASSERT_FALSE(page->items.empty());
    auto item = client_.item(page->items[0].code);
    ASSERT_TRUE(item) << summary(item.error());
    EXPECT_EQ(item->summary.code, page->items[0].code);
    auto missing = client_.item("NO-SUCH-ITEM");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, "not_found");
    auto from = Date{std::chrono::year{2026}, std::chrono::month{12}, std::chrono::day{1}};
    auto calendar = client_.calendar(from, add_days(from, 6));
    ASSERT_TRUE(calendar) << summary(calendar.error());
    EXPECT_EQ(calendar->days.size(), 7u);
}

TEST_F(PlatformClientLive, PlatformDownIsCannotConnectAndAFreshClientWorksAfterStart) {
    platform_.stop();
    auto down = client_.health();
    ASSERT_FALSE(down);
    EXPECT_EQ(down.error().kind, PlatformErrorKind::network);
    ASSERT_TRUE(down.error().transport);
    EXPECT_EQ(down.error().transport->kind, TransportErrorKind::cannot_connect);

    platform_.start();  // a new port
    PlatformClient fresh{config_for(platform_)};
    auto up = fresh.health();
    EXPECT_TRUE(up) << summary(up.error());
}

// Finds a bookable slot through the catalogue, as the kiosk's booking flow does: on the last
// day offered, so that the cancel cutoff has not passed.
std::optional<Slot> first_bookable_slot(PlatformClient& client) {
    auto halls = client.halls();
    if (!halls) return std::nullopt;
    for (const auto& hall : *halls) {
        auto items = client.items({"", "", hall.code, 1, 100});
        if (!items) return std::nullopt;
        for (const auto& item : items->items) {
            if (!item.appointment_required) continue;
            auto days = client.bookable_days(hall.code, item.code);
            if (!days || days->days.empty()) continue;
            auto slots = client.slots(hall.code, item.code, days->days.back().date);
            if (!slots) continue;
            for (const auto& slot : slots->slots)
                if (slot.bookable) return slot;
        }
    }
    return std::nullopt;
}

TEST_F(PlatformClientLive, BookingWithTheSameKeyBooksOnceThenCancels) {
    ASSERT_TRUE(client_.sign_in_id_card(demo_card()));
    auto slot = first_bookable_slot(client_);
    ASSERT_TRUE(slot) << "no bookable slot in the demo seed";
    auto key = OperationKey::fresh();
    auto booked = client_.book(slot->id, key);
    ASSERT_TRUE(booked) << summary(booked.error());
    auto again = client_.book(slot->id, key);  // the user pressed "book" again after a failure
    ASSERT_TRUE(again) << summary(again.error());
    EXPECT_EQ(again->id, booked->id);
    EXPECT_EQ(again->code, booked->code);
    auto mine = client_.appointments();
    ASSERT_TRUE(mine) << summary(mine.error());
    EXPECT_EQ(mine->total, 1);
    auto one = client_.appointment(booked->code);
    ASSERT_TRUE(one) << summary(one.error());
    EXPECT_EQ(one->status, "booked");
    auto cancelled = client_.cancel_appointment(booked->code);
    ASSERT_TRUE(cancelled) << summary(cancelled.error());
    EXPECT_EQ(cancelled->status, "cancelled");
    auto twice = client_.cancel_appointment(booked->code);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, "appointment_not_active");
}

TEST_F(PlatformClientLive, BlacklistViewOfANewApplicantIsEmpty) {
    ASSERT_TRUE(client_.sign_in_id_card(demo_card()));
    auto blacklist = client_.blacklist();
    ASSERT_TRUE(blacklist) << summary(blacklist.error());
    EXPECT_FALSE(blacklist->blacklisted);
}

TEST_F(PlatformClientLive, ApprovalCodesAreCheckedLocallyThenLookedUp) {
    auto local = client_.case_by_approval_code("440605261130012003450");
    ASSERT_FALSE(local);
    EXPECT_EQ(local.error().kind, PlatformErrorKind::invalid_input);
    auto unknown_code = make_approval_code(Date{std::chrono::year{2026}, std::chrono::month{11},
                                                std::chrono::day{30}},
                                           999, 99999);
    auto unknown = client_.case_by_approval_code(unknown_code);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, "not_found");
}

// Forwards to a real CurlTransport; on the first sign-in it lets the platform create the
// session, then kills the platform, restarts it (on a new port, same database) and reports the
// answer as lost. Later requests go to the new port.
class CrashAfterFirstSignIn final : public HttpTransport {
public:
    CrashAfterFirstSignIn(PlatformProcess& platform, const ClientConfig& config)
        : platform_{platform}, real_{config}, old_base_{platform.base_url()} {}

    Result<RawResponse, TransportError> perform(HttpMethod method, const std::string& url,
                                                const std::vector<HttpHeader>& headers,
                                                const std::string& body) override {
        std::string target = url;
        if (target.rfind(old_base_, 0) == 0) target = platform_.base_url() + target.substr(old_base_.size());
        auto response = real_.perform(method, target, headers, body);
        if (response) answers.push_back(response->body);
        if (crashed_ || method != HttpMethod::post) return response;
        crashed_ = true;
        platform_.kill_hard();
        platform_.start();
        return tl::make_unexpected(TransportError{TransportErrorKind::connection_lost, 0, "simulated"});
    }

    std::vector<std::string> answers;

private:
    PlatformProcess& platform_;
    CurlTransport real_;
    std::string old_base_;
    bool crashed_ = false;
};

TEST_F(PlatformClientLive, KeyedSignInRepeatedAcrossACrashDoesNotCreateTwice) {
    auto config = config_for(platform_);
    auto transport = std::make_unique<CrashAfterFirstSignIn>(platform_, config);
    auto* crash = transport.get();
    PlatformClient client{config, std::move(transport), std::make_unique<ThreadSleeper>()};
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_TRUE(session) << summary(session.error());
    ASSERT_EQ(crash->answers.size(), 2u);
    // The retry was answered from the stored first answer: the same session token, not a new one.
    auto first = nlohmann::json::parse(crash->answers[0]);
    auto second = nlohmann::json::parse(crash->answers[1]);
    ASSERT_TRUE(first.contains("token"));
    EXPECT_EQ(first["token"], second["token"]);
    auto current = client.current_session();
    EXPECT_TRUE(current) << summary(current.error());
}

TEST_F(PlatformClientLive, KeepAliveReusesOneConnectionWithoutDelayedAckStalls) {
    CurlTransport transport{config_for(platform_)};
    const std::string url = platform_.base_url() + "/api/v1/health";
    auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 40; ++i) {
        auto r = transport.perform(HttpMethod::get, url, {}, "");
        ASSERT_TRUE(r) << r.error().detail;
        ASSERT_EQ(r->status, 200);
    }
    auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(transport.connections_opened(), 1);
    // 40 × ~44 ms would be ~1.8 s with Nagle + delayed ACK; loopback without it is a few ms each.
    EXPECT_LT(elapsed, std::chrono::milliseconds{1500});
}

TEST_F(PlatformClientLive, HttpsToAPlainHttpPortIsATlsFailure) {
    auto config = config_for(platform_);
    config.base_url = "https://127.0.0.1:" + std::to_string(platform_.port());
    EXPECT_TRUE(config.verify_tls);
    PlatformClient client{config};
    auto health = client.health();
    ASSERT_FALSE(health);
    ASSERT_TRUE(health.error().transport);
    EXPECT_EQ(health.error().transport->kind, TransportErrorKind::tls_failure)
        << health.error().transport->detail;
}

TEST_F(PlatformClientLive, MissingCaFileIsAConfigurationError) {
    auto config = config_for(platform_);
    config.base_url = "https://127.0.0.1:" + std::to_string(platform_.port());
    config.ca_file = "/nonexistent/kiosk-ca.pem";
    PlatformClient client{config};
    auto health = client.health();
    ASSERT_FALSE(health);
    ASSERT_TRUE(health.error().transport);
    EXPECT_EQ(health.error().transport->kind, TransportErrorKind::configuration);
    EXPECT_NE(health.error().transport->detail.find("/nonexistent/kiosk-ca.pem"), std::string::npos);
}

}  // namespace
}  // namespace nanhai::kiosk
