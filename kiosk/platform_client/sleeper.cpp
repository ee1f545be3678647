#include "kiosk/platform_client/sleeper.hpp"

#include <thread>

namespace nanhai::kiosk {

void ThreadSleeper::sleep_for(std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); }

}  // namespace nanhai::kiosk
