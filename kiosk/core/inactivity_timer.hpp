// Inactivity and the visible countdown (art. 24): after `inactivity` without a touch, a card or
// a scan, a countdown of `countdown` seconds offers to continue; when it runs out the session
// ends. The countdown always starts when a tick notices the inactivity, so the citizen sees all
// of it even if the loop slept past the inactivity deadline.
#pragma once

#include <chrono>
#include <optional>

#include "kiosk/core/core_clock.hpp"

namespace nanhai::kiosk::core {

class InactivityTimer {
public:
    enum class Phase { off, watching, counting_down, expired };

    InactivityTimer(std::chrono::seconds inactivity, std::chrono::seconds countdown);

    // Starts watching from `now` (a flow began) and cancels any countdown.
    void arm(CoreTime now);
    // Nothing to time out (the idle home screen).
    void disarm();
    // The citizen did something: watching restarts from `now`, a countdown is cancelled.
    void activity(CoreTime now) { arm(now); }
    // While the kiosk itself is busy (waiting for the platform) the citizen is not idle.
    void hold(bool held, CoreTime now);
    // A shorter inactivity (the platform's idle timeout leaves less room).
    void set_inactivity(std::chrono::seconds inactivity) { inactivity_ = inactivity; }
    std::chrono::seconds countdown() const { return countdown_; }

    // Advances the phase to `now` and returns it; `expired` stays until re-armed or disarmed.
    Phase update(CoreTime now);
    Phase phase() const { return phase_; }
    // Whole seconds left (rounded up) while counting down, otherwise nullopt.
    std::optional<int> seconds_left(CoreTime now) const;

private:
    std::chrono::seconds inactivity_;
    std::chrono::seconds countdown_;
    Phase phase_ = Phase::off;
    bool held_ = false;
    CoreTime last_activity_{};
    CoreTime countdown_end_{};
};

}  // namespace nanhai::kiosk::core
