// The app's task runner: one worker thread (the platform client is single-threaded) that runs
// tasks in order and posts each continuation to the AppQueue the loop drains.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "kiosk/core/app_queue.hpp"
#include "kiosk/core/task_runner.hpp"

namespace nanhai::kiosk::core {

class ThreadTaskRunner final : public TaskRunner {
public:
    explicit ThreadTaskRunner(AppQueue& queue);
    // Finishes the task in progress, drops those not started (the app is shutting down) and
    // joins the worker.
    ~ThreadTaskRunner() override;

    void post(Task task) override;

private:
    void work();
    bool next(Task& task);

    AppQueue& queue_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Task> tasks_;
    bool stopping_ = false;
    std::thread worker_;  // last: started once the rest is ready
};

}  // namespace nanhai::kiosk::core
