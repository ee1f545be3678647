// Waiting between retries goes through a Sleeper so that unit tests record the delays instead
// of waiting them.
#pragma once

#include <chrono>

namespace nanhai::kiosk {

class Sleeper {
public:
    virtual ~Sleeper() = default;
    virtual void sleep_for(std::chrono::milliseconds delay) = 0;
};

// Blocks the calling thread (the kiosk's network worker, never the UI thread).
class ThreadSleeper final : public Sleeper {
public:
    void sleep_for(std::chrono::milliseconds delay) override;
};

}  // namespace nanhai::kiosk
