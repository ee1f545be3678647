// Tasks and continuations that run when the test says so.
#include "kiosk/core/manual_task_runner.hpp"

namespace nanhai::kiosk::core {

void ManualTaskRunner::post(Task task) { tasks_.push_back(std::move(task)); }

bool ManualTaskRunner::run_next() {
    if (tasks_.empty()) return false;
    Task task = std::move(tasks_.front());
    tasks_.pop_front();
    Continuation continuation = task();
    if (continuation) continuations_.push_back(std::move(continuation));
    return true;
}

bool ManualTaskRunner::apply_next() {
    if (continuations_.empty()) return false;
    Continuation continuation = std::move(continuations_.front());
    continuations_.pop_front();
    continuation();
    return true;
}

void ManualTaskRunner::run_all() {
    while (run_next() || apply_next()) {
    }
}

}  // namespace nanhai::kiosk::core
