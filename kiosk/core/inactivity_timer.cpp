// Inactivity watching and the countdown that follows it.
#include "kiosk/core/inactivity_timer.hpp"

#include <algorithm>

namespace nanhai::kiosk::core {

InactivityTimer::InactivityTimer(std::chrono::seconds inactivity, std::chrono::seconds countdown)
    : inactivity_{inactivity}, countdown_{countdown} {}

void InactivityTimer::arm(CoreTime now) {
    phase_ = Phase::watching;
    last_activity_ = now;
}

void InactivityTimer::disarm() {
    phase_ = Phase::off;
    held_ = false;
}

void InactivityTimer::hold(bool held, CoreTime now) {
    held_ = held;
    // Released: the citizen now sees the answer, give them the full time to read it.
    if (!held && phase_ != Phase::off && phase_ != Phase::expired) arm(now);
}

InactivityTimer::Phase InactivityTimer::update(CoreTime now) {
    if (phase_ == Phase::watching && !held_ && now - last_activity_ >= inactivity_) {
        phase_ = Phase::counting_down;
        countdown_end_ = now + countdown_;
    }
    if (phase_ == Phase::counting_down && now >= countdown_end_) phase_ = Phase::expired;
    return phase_;
}

std::optional<int> InactivityTimer::seconds_left(CoreTime now) const {
    if (phase_ != Phase::counting_down) return std::nullopt;
    auto left = std::chrono::ceil<std::chrono::seconds>(countdown_end_ - now);
    return static_cast<int>(std::max<std::chrono::seconds::rep>(left.count(), 0));
}

}  // namespace nanhai::kiosk::core
