// Background work for the core (kiosk-design.md, "The loop"): a Task runs off the loop thread
// (a platform call, a print) and returns a Continuation, which the loop thread applies to the
// core later. The core never blocks on the network, and tests decide when a reply "arrives".
#pragma once

#include <functional>

namespace nanhai::kiosk::core {

// Applied on the loop thread, in the order the tasks finished. May be empty (nothing to apply).
using Continuation = std::function<void()>;
// Runs on the runner's worker; must not touch the core (only what it captured).
using Task = std::function<Continuation()>;

class TaskRunner {
public:
    TaskRunner() = default;
    TaskRunner(const TaskRunner&) = delete;
    TaskRunner& operator=(const TaskRunner&) = delete;
    virtual ~TaskRunner() = default;

    // Tasks run one at a time, in the order posted: the platform client is single-threaded and a
    // sign-out posted after a sign-in must run after it.
    virtual void post(Task task) = 0;
};

}  // namespace nanhai::kiosk::core
