// The real and the manual core clock.
#include "kiosk/core/core_clock.hpp"

namespace nanhai::kiosk::core {

CoreTime SystemCoreClock::now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

CoreTime ManualCoreClock::now() const {
    std::lock_guard lock{mutex_};
    return now_;
}

void ManualCoreClock::set(CoreTime time) {
    std::lock_guard lock{mutex_};
    now_ = time;
}

void ManualCoreClock::advance(std::chrono::milliseconds by) {
    std::lock_guard lock{mutex_};
    now_ += by;
}

Date local_date_at(CoreTime time) {
    return local_date(std::chrono::floor<std::chrono::seconds>(time));
}

std::optional<CoreTime> core_time_from_iso(std::string_view text) {
    auto instant = parse_iso_instant(text);
    if (!instant) return std::nullopt;
    return CoreTime{*instant};
}

}  // namespace nanhai::kiosk::core
