// The core's clock, injected so that tests and the headless `wait N` script command move time
// instead of waiting. Wall time (not a steady clock) because the core also needs today's date
// in China Standard Time (an ID card's validity) and timeouts only compare nearby instants.
#pragma once

#include <chrono>
#include <mutex>

#include "common/civil_date.hpp"

namespace nanhai::kiosk::core {

using CoreTime = std::chrono::sys_time<std::chrono::milliseconds>;

class CoreClock {
public:
    virtual ~CoreClock() = default;
    virtual CoreTime now() const = 0;
};

// The real clock (the windowed app).
class SystemCoreClock final : public CoreClock {
public:
    CoreTime now() const override;
};

// Moved by hand: tests and headless scripts. Thread-safe, since a worker may log with it.
class ManualCoreClock final : public CoreClock {
public:
    explicit ManualCoreClock(CoreTime start) : now_{start} {}
    CoreTime now() const override;
    void set(CoreTime time);
    void advance(std::chrono::milliseconds by);

private:
    mutable std::mutex mutex_;
    CoreTime now_;
};

// Today's date in China Standard Time at `time`.
Date local_date_at(CoreTime time);
// An instant from the platform's ISO form ("2026-12-01T09:00:00+08:00"); nullopt if malformed.
std::optional<CoreTime> core_time_from_iso(std::string_view text);

}  // namespace nanhai::kiosk::core
