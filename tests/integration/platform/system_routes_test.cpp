// Health, keys, errors for unknown routes and terminals: the platform as a real process.
#include <gtest/gtest.h>

#include "tests/support/api_client.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::test {
namespace {

class SystemRoutes : public ::testing::Test {
protected:
    PlatformProcess platform_;
    ApiClient api_{platform_.port()};
};

TEST_F(SystemRoutes, HealthAnswersWithoutTerminalCredentials) {
    ApiClient anonymous{platform_.port(), "", ""};
    auto r = anonymous.get("/api/v1/health");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body["status"], "ok");
    EXPECT_EQ(r.body["time"], "2026-12-01T09:00:00+08:00");
}

TEST_F(SystemRoutes, PublishesTheReceiptAndIdentityKeys) {
    auto r = api_.get("/api/v1/keys");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body["keys"].size(), 2u);
}

TEST_F(SystemRoutes, UnknownRouteAndWrongMethodAreTold) {
    api_.set_check_contract(false);
    auto r = api_.get("/api/v1/no-such-thing");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.error_code(), "unknown_route");
    auto m = api_.del("/api/v1/health");
    EXPECT_EQ(m.status, 405);
    EXPECT_EQ(m.error_code(), "method_not_allowed");
}

TEST_F(SystemRoutes, UnknownTerminalOrWrongKeyIsRefused) {
    ApiClient stranger{platform_.port(), "NH-KIOSK-9999", "guess"};
    EXPECT_EQ(stranger.get("/api/v1/sessions/current").error_code(), "terminal_unknown");
    ApiClient wrong_key{platform_.port(), "NH-KIOSK-0001", "wrong"};
    EXPECT_EQ(wrong_key.get("/api/v1/sessions/current").error_code(), "terminal_unknown");
}

TEST_F(SystemRoutes, TestClockMovesPlatformTime) {
    api_.set_clock("2026-12-02T14:00:00+08:00");
    EXPECT_EQ(api_.get("/api/v1/health").body["time"], "2026-12-02T14:00:00+08:00");
}

}  // namespace
}  // namespace nanhai::test
