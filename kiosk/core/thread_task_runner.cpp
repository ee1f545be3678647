// One worker thread, tasks in order, continuations to the loop's queue.
#include "kiosk/core/thread_task_runner.hpp"

namespace nanhai::kiosk::core {

ThreadTaskRunner::ThreadTaskRunner(AppQueue& queue) : queue_{queue}, worker_{[this] { work(); }} {}

ThreadTaskRunner::~ThreadTaskRunner() {
    {
        std::lock_guard lock{mutex_};
        stopping_ = true;
        tasks_.clear();
    }
    wake_.notify_one();
    worker_.join();
}

void ThreadTaskRunner::post(Task task) {
    {
        std::lock_guard lock{mutex_};
        tasks_.push_back(std::move(task));
    }
    wake_.notify_one();
}

bool ThreadTaskRunner::next(Task& task) {
    std::unique_lock lock{mutex_};
    wake_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
    if (stopping_) return false;
    task = std::move(tasks_.front());
    tasks_.pop_front();
    return true;
}

void ThreadTaskRunner::work() {
    Task task;
    while (next(task)) {
        Continuation continuation = task();
        task = nullptr;  // drop what the task captured (card data) before waiting again
        if (continuation) queue_.push(std::move(continuation));
    }
}

}  // namespace nanhai::kiosk::core
