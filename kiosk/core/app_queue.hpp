// The loop's inbox: device events pushed by driver threads and continuations posted by the
// task runner's worker, drained in order by the one thread that owns the core.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <variant>
#include <vector>

#include "hal/device_events.hpp"
#include "kiosk/core/task_runner.hpp"

namespace nanhai::kiosk::core {

using AppMessage = std::variant<hal::DeviceEvent, Continuation>;

class AppQueue {
public:
    // Thread-safe. Calls the wake hook (outside the lock) so a loop sleeping elsewhere (e.g. in
    // SDL_WaitEventTimeout) can be woken with a user event.
    void push(AppMessage message);
    // Everything queued so far, oldest first.
    std::vector<AppMessage> drain();
    // Sleeps until a message is queued or `deadline` passes; true when messages are waiting.
    bool wait_until(std::chrono::steady_clock::time_point deadline);
    bool empty() const;
    // Set before other threads push (not synchronised with push).
    void set_wake_hook(std::function<void()> wake) { wake_ = std::move(wake); }

private:
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<AppMessage> messages_;
    std::function<void()> wake_;
};

}  // namespace nanhai::kiosk::core
