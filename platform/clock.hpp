// Where the platform's time comes from. Every rule that depends on time (slots, cutoffs,
// no-shows, session expiry, appeal deadlines) asks a Clock, so tests control time exactly.
#pragma once

#include <atomic>
#include <chrono>

#include "common/civil_date.hpp"

namespace nanhai::platform {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
public:
    Instant now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

// Set and advanced by tests (and by the server's --test-clock mode); thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(Instant start) : seconds_{start.time_since_epoch().count()} {}
    Instant now() const override { return Instant{std::chrono::seconds{seconds_.load()}}; }
    void set(Instant t) { seconds_.store(t.time_since_epoch().count()); }
    void advance(std::chrono::seconds by) { seconds_.fetch_add(by.count()); }

private:
    std::atomic<long long> seconds_;
};

}  // namespace nanhai::platform
