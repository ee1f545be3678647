// The tests' task runner: tasks wait until the test runs them (on the test's thread), and their
// continuations wait until the test applies them. So a test can let the platform answer after
// the citizen walked away, or apply two replies in either order.
#pragma once

#include <cstddef>
#include <deque>

#include "kiosk/core/task_runner.hpp"

namespace nanhai::kiosk::core {

class ManualTaskRunner final : public TaskRunner {
public:
    void post(Task task) override;

    std::size_t pending() const { return tasks_.size(); }       // posted, not run
    std::size_t ready() const { return continuations_.size(); }  // run, not applied

    // Runs the oldest pending task; its continuation waits. False when nothing was pending.
    bool run_next();
    // Applies the oldest waiting continuation. False when none was waiting.
    bool apply_next();
    // Runs and applies until nothing is left (including tasks posted by continuations).
    void run_all();
    // Forgets pending tasks without running them.
    void drop_pending() { tasks_.clear(); }

private:
    std::deque<Task> tasks_;
    std::deque<Continuation> continuations_;
};

}  // namespace nanhai::kiosk::core
