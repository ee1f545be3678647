// The loop's thread-safe inbox.
#include "kiosk/core/app_queue.hpp"

namespace nanhai::kiosk::core {

void AppQueue::push(AppMessage message) {
    {
        std::lock_guard lock{mutex_};
        messages_.push_back(std::move(message));
    }
    ready_.notify_one();
    if (wake_) wake_();
}

std::vector<AppMessage> AppQueue::drain() {
    std::lock_guard lock{mutex_};
    std::vector<AppMessage> out;
    out.reserve(messages_.size());
    for (auto& m : messages_) out.push_back(std::move(m));
    messages_.clear();
    return out;
}

bool AppQueue::wait_until(std::chrono::steady_clock::time_point deadline) {
    std::unique_lock lock{mutex_};
    return ready_.wait_until(lock, deadline, [this] { return !messages_.empty(); });
}

bool AppQueue::empty() const {
    std::lock_guard lock{mutex_};
    return messages_.empty();
}

}  // namespace nanhai::kiosk::core
