// Scenario: the app's own wiring, a ThreadTaskRunner posting to the AppQueue that a loop
// drains: sign in by card, finish, and the background sign-out reaches the platform.
#include <chrono>

#include "kiosk/core/thread_task_runner.hpp"
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

// Drains the queue into the core until `done` holds or 10 s pass, as the app's loop does.
template <class Done>
bool loop_until(AppQueue& queue, KioskCore& core, Done done) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{10};
    while (!done() && std::chrono::steady_clock::now() < deadline) {
        queue.wait_until(std::chrono::steady_clock::now() + std::chrono::milliseconds{50});
        for (auto& message : queue.drain()) deliver(std::move(message), core);
    }
    return done();
}

TEST(CoreThreadRunner, SignInAndSignOutThroughTheWorker) {
    PlatformProcess platform;
    PlatformClient client{live_config(platform)};
    ManualCoreClock clock{*core_time_from_iso("2026-12-01T09:00:00+08:00")};
    AppQueue queue;
    {
        ThreadTaskRunner runner{queue};
        KioskCore core{client, runner, clock, CoreSettings{}};
        queue.push(hal::DeviceEvent{hal::CardPlaced{chen_card()}});
        ASSERT_TRUE(loop_until(queue, core, [&] { return core.view().screen == "signed_in"; }));
        EXPECT_EQ(core.view().applicant->masked_name, "陈*玲");
        core.handle(Intent{"session.finish", ""});
        EXPECT_FALSE(core.holds_personal_data());
        // The sign-out runs on the worker; one more harmless task proves it has finished.
        bool flushed = false;
        runner.post([&] { return Continuation{[&] { flushed = true; }}; });
        EXPECT_TRUE(loop_until(queue, core, [&] { return flushed; }));
    }
    EXPECT_FALSE(client.signed_in());
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
