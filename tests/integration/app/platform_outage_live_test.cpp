// The whole kiosk in-process (KioskApp: simulated devices, the demo platform as a child process,
// the platform monitor) when the platform stops during a session: the offline home within 10 s
// (booking, queries and sign-in disabled with the reason, guides still readable from the last
// catalogue), and back by itself when the platform returns, a booking then made exactly once.
#include <gtest/gtest.h>

#include <thread>

#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::kiosk::app {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

bool has_notice(const core::ViewState& view, std::string_view key) {
    return std::find(view.notices.begin(), view.notices.end(), key) != view.notices.end();
}

class PlatformOutageLive : public ::testing::Test {
protected:
    void SetUp() override {
        auto config = load_kiosk_config(std::string{KIOSK_SOURCE_DIR} + "/config/kiosk.demo.json");
        ASSERT_TRUE(config) << config.error();
        config->state_dir = dir_.str();
        config->audit.journal_socket.clear();
        config->receipt_printer.sim_output_dir = (dir_ / "prints").string();
        auto platform = PlatformChild::launch({KIOSK_PLATFORM_BIN, dir_.str(), ""});
        ASSERT_TRUE(platform) << platform.error();
        AppWiring wiring{std::move(*config), std::move(*platform), nullptr, {}, false, true, {}};
        wiring.monitor.interval_up = 300ms;
        wiring.monitor.interval_down = 300ms;
        auto app = KioskApp::create(std::move(wiring));
        ASSERT_TRUE(app) << app.error();
        app_ = std::move(*app);
    }
    void TearDown() override { app_.reset(); }

    // Pumps the app until `done` or the deadline; true when done.
    template <class Done>
    bool pump_until(Done done, std::chrono::milliseconds within = 10s) {
        const auto deadline = Clock::now() + within;
        while (Clock::now() < deadline) {
            app_->pump();
            if (done()) return true;
            app_->queue().wait_until(Clock::now() + 20ms);
        }
        app_->pump();
        return done();
    }
    void tap(std::string widget, std::string value = {}) { app_->handle(ui::Intent{std::move(widget), std::move(value)}); }
    const core::ViewState& view() const { return app_->view(); }
    bool idle() { return pump_until([this] { return app_->idle(); }); }

    test::TempDir dir_{"outage-live"};
    std::unique_ptr<KioskApp> app_;
};

TEST_F(PlatformOutageLive, OfflineHomeWithinTenSecondsGuidesFromTheCacheAndBackByItself) {
    ASSERT_TRUE(pump_until([this] { auto p = app_->monitor()->last(); return p && p->reachable && p->catalogue_answers > 10; }))
        << "the catalogue was fetched ahead";
    ASSERT_TRUE(app_->sim().identity_reader->insert("citizen"));
    ASSERT_TRUE(pump_until([this] { return view().screen == core::screen::signed_in; }));

    app_->platform()->stop();
    const auto stopped = Clock::now();
    ASSERT_TRUE(pump_until([this] { return has_notice(view(), "notice.offline"); }, 10s)) << "the offline home within 10 s";
    RecordProperty("offline_after_ms", std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - stopped).count()));
    const auto& menu = std::get<core::SignedInView>(view().data).entries;
    for (const auto& e : menu) {
        if (e.widget == "home.guides") EXPECT_TRUE(e.available);
        else EXPECT_FALSE(e.available) << e.widget;
    }
    // The guides, from the last catalogue, with nothing answering.
    tap("home.guides");
    ASSERT_TRUE(idle());
    ASSERT_EQ(view().screen, core::screen::guides) << (view().error ? view().error->title_key : "");
    const auto& guides = std::get<core::GuideHomeView>(view().data);
    ASSERT_FALSE(guides.departments.empty());
    tap("guides.departments", guides.departments.front().code);
    ASSERT_TRUE(idle());
    EXPECT_EQ(view().screen, core::screen::guides_items) << (view().error ? view().error->title_key : "");
    EXPECT_FALSE(view().error);
    tap("nav.home");

    ASSERT_TRUE(app_->platform()->start());
    ASSERT_TRUE(pump_until([this] { return !has_notice(view(), "notice.offline"); }, 10s)) << "back by itself";
    const auto& back = std::get<core::SignedInView>(view().data).entries;
    for (const auto& e : back) EXPECT_TRUE(e.available) << e.widget;
    tap("home.appointments");
    ASSERT_TRUE(idle());
    EXPECT_EQ(view().screen, "appointments") << (view().error ? view().error->title_key : "");
}

}  // namespace
}  // namespace nanhai::kiosk::app
