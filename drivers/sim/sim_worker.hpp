// The thread of one simulated device: runs posted tasks one at a time, in order, and delayed
// tasks when they are due. Devices emit every event from a task, so a device's events reach
// the app from its own thread and in the order the device decided them.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace nanhai::drivers {

class SimWorker {
public:
    using Task = std::function<void()>;
    using Clock = std::chrono::steady_clock;

    SimWorker() = default;
    SimWorker(const SimWorker&) = delete;
    SimWorker& operator=(const SimWorker&) = delete;
    ~SimWorker();

    void start();
    // Joins the thread; tasks not yet run are dropped (a stopped device emits nothing more).
    // Must not be called from a task.
    void stop();
    bool running() const;

    void post(Task task);
    void post_after(std::chrono::milliseconds delay, Task task);

private:
    void run();
    bool take_next(std::unique_lock<std::mutex>& lock, Task& task);

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Task> ready_;
    std::multimap<Clock::time_point, Task> timers_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace nanhai::drivers
