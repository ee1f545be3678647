// The task runners: the manual one lets a test order tasks and replies; the thread one runs
// tasks in order off the calling thread and queues their continuations for the loop.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <vector>

#include "kiosk/core/app_queue.hpp"
#include "kiosk/core/manual_task_runner.hpp"
#include "kiosk/core/thread_task_runner.hpp"

namespace nanhai::kiosk::core {
namespace {

TEST(CoreManualTaskRunner, TasksAndContinuationsWaitForTheTest) {
    ManualTaskRunner runner;
    std::vector<std::string> trace;
    runner.post([&] { trace.push_back("task 1"); return Continuation{[&] { trace.push_back("reply 1"); }}; });
    runner.post([&] { trace.push_back("task 2"); return Continuation{}; });
    EXPECT_EQ(runner.pending(), 2u);
    EXPECT_TRUE(trace.empty());
    ASSERT_TRUE(runner.run_next());
    EXPECT_EQ(runner.ready(), 1u);
    ASSERT_TRUE(runner.run_next());
    EXPECT_EQ(runner.ready(), 1u);  // task 2 returned nothing to apply
    ASSERT_TRUE(runner.apply_next());
    EXPECT_FALSE(runner.apply_next());
    EXPECT_EQ(trace, (std::vector<std::string>{"task 1", "task 2", "reply 1"}));
}

TEST(CoreManualTaskRunner, RunAllFollowsTasksPostedByContinuations) {
    ManualTaskRunner runner;
    int replies = 0;
    runner.post([&] {
        return Continuation{[&] {
            ++replies;
            runner.post([&] { return Continuation{[&] { ++replies; }}; });
        }};
    });
    runner.run_all();
    EXPECT_EQ(replies, 2);
    EXPECT_EQ(runner.pending(), 0u);
}

TEST(CoreThreadTaskRunner, RunsOffTheLoopInOrderAndQueuesContinuations) {
    AppQueue queue;
    std::vector<int> applied;
    auto loop_thread = std::this_thread::get_id();
    bool ran_elsewhere = true;
    {
        ThreadTaskRunner runner{queue};
        for (int i = 0; i < 5; ++i)
            runner.post([&, i] {
                if (std::this_thread::get_id() == loop_thread) ran_elsewhere = false;
                return Continuation{[&applied, i] { applied.push_back(i); }};
            });
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{5};
        while (applied.size() < 5 && std::chrono::steady_clock::now() < deadline) {
            queue.wait_until(std::chrono::steady_clock::now() + std::chrono::milliseconds{50});
            for (auto& message : queue.drain()) std::get<Continuation>(message)();
        }
    }
    EXPECT_TRUE(ran_elsewhere);
    EXPECT_EQ(applied, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(CoreAppQueue, WakeHookAndDeviceEvents) {
    AppQueue queue;
    int wakes = 0;
    queue.set_wake_hook([&] { ++wakes; });
    queue.push(hal::DeviceEvent{hal::CardRemoved{}});
    EXPECT_EQ(wakes, 1);
    EXPECT_FALSE(queue.empty());
    auto messages = queue.drain();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<hal::DeviceEvent>(messages[0]));
    EXPECT_TRUE(queue.empty());
    EXPECT_FALSE(queue.wait_until(std::chrono::steady_clock::now()));
}

}  // namespace
}  // namespace nanhai::kiosk::core
