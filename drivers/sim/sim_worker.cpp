// SimWorker: a task queue plus timers on one thread; tasks run without the worker's lock so a
// task may post further tasks.
#include "drivers/sim/sim_worker.hpp"

namespace nanhai::drivers {

SimWorker::~SimWorker() {
    stop();
}

void SimWorker::start() {
    std::lock_guard lock{mutex_};
    if (thread_.joinable()) return;
    stopping_ = false;
    thread_ = std::thread{[this] { run(); }};
}

void SimWorker::stop() {
    {
        std::lock_guard lock{mutex_};
        if (!thread_.joinable()) return;
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
    std::lock_guard lock{mutex_};
    ready_.clear();
    timers_.clear();
    thread_ = std::thread{};
}

bool SimWorker::running() const {
    std::lock_guard lock{mutex_};
    return thread_.joinable() && !stopping_;
}

void SimWorker::post(Task task) {
    {
        std::lock_guard lock{mutex_};
        ready_.push_back(std::move(task));
    }
    wake_.notify_all();
}

void SimWorker::post_after(std::chrono::milliseconds delay, Task task) {
    {
        std::lock_guard lock{mutex_};
        timers_.emplace(Clock::now() + delay, std::move(task));
    }
    wake_.notify_all();
}

// Due timers join the ready queue behind what is already there; false when stopping.
bool SimWorker::take_next(std::unique_lock<std::mutex>& lock, Task& task) {
    for (;;) {
        if (stopping_) return false;
        const auto now = Clock::now();
        while (!timers_.empty() && timers_.begin()->first <= now) {
            ready_.push_back(std::move(timers_.begin()->second));
            timers_.erase(timers_.begin());
        }
        if (!ready_.empty()) {
            task = std::move(ready_.front());
            ready_.pop_front();
            return true;
        }
        if (timers_.empty())
            wake_.wait(lock);
        else
            wake_.wait_until(lock, timers_.begin()->first);
    }
}

void SimWorker::run() {
    std::unique_lock lock{mutex_};
    Task task;
    while (take_next(lock, task)) {
        lock.unlock();
        task();
        task = nullptr;
        lock.lock();
    }
}

}  // namespace nanhai::drivers
