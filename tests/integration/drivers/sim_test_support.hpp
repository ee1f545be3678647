// Helpers for the simulated-device tests: an EventSink that records events and lets a test
// wait for them (condition variable, generous timeout: never a sleep), a per-test temporary
// directory, and a line-oriented AF_UNIX client for the control socket.
#pragma once

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "hal/device_events.hpp"

namespace nanhai::drivers::test {

using namespace std::chrono_literals;

// Long enough for a loaded CI machine; a passing test never waits this long.
inline constexpr auto kEventTimeout = 20s;

class EventRecorder {
public:
    hal::EventSink sink() {
        return [this](hal::DeviceEvent event) {
            {
                std::lock_guard lock{mutex_};
                events_.push_back(std::move(event));
                threads_.push_back(std::this_thread::get_id());
            }
            changed_.notify_all();
        };
    }

    // True once at least `count` events have arrived.
    bool wait_for_count(std::size_t count) {
        std::unique_lock lock{mutex_};
        return changed_.wait_for(lock, kEventTimeout, [&] { return events_.size() >= count; });
    }

    // Waits for the next event after the first `index` ones and returns it (nullopt on timeout).
    std::optional<hal::DeviceEvent> event_at(std::size_t index) {
        if (!wait_for_count(index + 1)) return std::nullopt;
        std::lock_guard lock{mutex_};
        return events_[index];
    }

    template <class T>
    std::optional<T> event_at_as(std::size_t index) {
        auto event = event_at(index);
        if (!event) {
            ADD_FAILURE() << "no event #" << index << " within the timeout";
            return std::nullopt;
        }
        if (!std::holds_alternative<T>(*event)) {
            ADD_FAILURE() << "event #" << index << " has variant index " << event->index();
            return std::nullopt;
        }
        return std::get<T>(*event);
    }

    // Waits for the first event of type T at or after `from` that satisfies `match`.
    template <class T, class Match>
    std::optional<T> wait_for(Match match, std::size_t from = 0) {
        std::unique_lock lock{mutex_};
        std::optional<T> found;
        changed_.wait_for(lock, kEventTimeout, [&] {
            for (std::size_t i = from; i < events_.size(); ++i)
                if (const auto* e = std::get_if<T>(&events_[i]); e && match(*e)) {
                    found = *e;
                    return true;
                }
            return false;
        });
        return found;
    }
    template <class T>
    std::optional<T> wait_for(std::size_t from = 0) {
        return wait_for<T>([](const T&) { return true; }, from);
    }

    // The first event of type T that has arrived so far, without waiting.
    template <class T>
    std::optional<T> first() const {
        std::lock_guard lock{mutex_};
        for (const auto& event : events_)
            if (const auto* e = std::get_if<T>(&event)) return *e;
        return std::nullopt;
    }

    std::size_t count() const {
        std::lock_guard lock{mutex_};
        return events_.size();
    }
    std::vector<hal::DeviceEvent> events() const {
        std::lock_guard lock{mutex_};
        return events_;
    }
    std::vector<std::thread::id> threads() const {
        std::lock_guard lock{mutex_};
        return threads_;
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<hal::DeviceEvent> events_;
    std::vector<std::thread::id> threads_;
};

// A fresh, empty directory named after the running test.
inline std::filesystem::path fresh_test_dir(const std::string& prefix) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    auto dir = std::filesystem::path{::testing::TempDir()} /
               (prefix + "-" + std::to_string(::getpid()) + "-" + info->name());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// Blocking line client over a real AF_UNIX stream socket.
class ControlClient {
public:
    explicit ControlClient(const std::filesystem::path& path) {
        fd_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
        connected_ =
            fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ControlClient(const ControlClient&) = delete;
    ControlClient& operator=(const ControlClient&) = delete;
    ~ControlClient() {
        if (fd_ >= 0) ::close(fd_);
    }

    bool connected() const { return connected_; }

    bool send_raw(std::string_view bytes) {
        return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) ==
               static_cast<ssize_t>(bytes.size());
    }
    void finish_sending() { ::shutdown(fd_, SHUT_WR); }

    // The next reply line without its "\n"; "<timeout>" or "<closed>" when there is none.
    std::string read_line() {
        for (;;) {
            if (auto end = buffer_.find('\n'); end != std::string::npos) {
                std::string line = buffer_.substr(0, end);
                buffer_.erase(0, end + 1);
                return line;
            }
            pollfd pfd{fd_, POLLIN, 0};
            const int timeout_ms = static_cast<int>(
                std::chrono::duration_cast<std::chrono::milliseconds>(kEventTimeout).count());
            if (::poll(&pfd, 1, timeout_ms) <= 0) return "<timeout>";
            char chunk[512];
            const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
            if (n <= 0) return "<closed>";
            buffer_.append(chunk, static_cast<std::size_t>(n));
        }
    }

    std::string command(std::string_view line) {
        if (!send_raw(std::string{line} + "\n")) return "<send failed>";
        return read_line();
    }

private:
    int fd_ = -1;
    bool connected_ = false;
    std::string buffer_;
};

}  // namespace nanhai::drivers::test
