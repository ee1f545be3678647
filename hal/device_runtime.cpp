// The device thread (see device_runtime.hpp). Locking: mutex_ guards the queues, the sink and
// the bookkeeping; it is never held while driver code or the sink runs, so a driver may call
// into the runtime while holding its own lock (driver lock -> runtime lock, never back).
#include "hal/device_runtime.hpp"

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <utility>

#include "common/log.hpp"
#include "hal/device_counters.hpp"

namespace nanhai::hal {
namespace {

using std::chrono::milliseconds;

constexpr auto kCounterSaveInterval = std::chrono::seconds{5};
constexpr milliseconds kInterruptRepeat{5};

// poll()'s timeout for a deadline: rounded up, so a wait never ends just before its time.
int poll_timeout(DeviceRuntime::Clock::time_point until) {
    if (until == DeviceWork::kWhenWoken) return -1;
    const auto left = until - DeviceRuntime::Clock::now();
    if (left <= DeviceRuntime::Clock::duration::zero()) return 0;
    const auto ms = std::chrono::ceil<milliseconds>(left).count();
    return ms > 86'400'000 ? 86'400'000 : static_cast<int>(ms);
}

}  // namespace

std::string_view to_string(Lifecycle lifecycle) {
    switch (lifecycle) {
        case Lifecycle::closed: return "closed";
        case Lifecycle::open: return "open";
        case Lifecycle::running: return "running";
    }
    return "?";
}

DeviceRuntime::DeviceRuntime(DeviceClass device_class) : device_class_{device_class} {
    wake_fd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    timer_fd_ = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    epoll_fd_ = ::epoll_create1(EPOLL_CLOEXEC);
    bool ok = wake_fd_ >= 0 && timer_fd_ >= 0 && epoll_fd_ >= 0;
    for (const int fd : {wake_fd_, timer_fd_}) {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.fd = fd;
        ok = ok && ::epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, fd, &event) == 0;
    }
    if (!ok) {
        log_event(LogLevel::error, "device.runtime.no_wakeup", {{"errno", std::to_string(errno)}});
        for (int* fd : {&wake_fd_, &timer_fd_, &epoll_fd_})
            if (*fd >= 0) ::close(std::exchange(*fd, -1));
    }
}

DeviceRuntime::~DeviceRuntime() {
    close();
    for (const int fd : {wake_fd_, timer_fd_, epoll_fd_})
        if (fd >= 0) ::close(fd);
}

Result<void, DeviceError> DeviceRuntime::open(DeviceWork& work, EventSink sink) {
    std::lock_guard lock{mutex_};
    if (lifecycle_ != Lifecycle::closed)
        return fail(DeviceError{DeviceErrorKind::internal, ErrorAction::reset, "already open"});
    if (epoll_fd_ < 0) return fail(DeviceError{DeviceErrorKind::internal, ErrorAction::reset, "no wake-up descriptor for the device thread"});
    if (store_) {
        if (auto stored = store_->load(store_key_)) counters_ = *stored;
        counters_saved_ = Clock::now();
    }
    work_ = &work;
    sink_ = std::move(sink);
    lifecycle_ = sink_ ? Lifecycle::running : Lifecycle::open;
    state_ = work.initial_state();
    stopping_ = false;
    exited_ = false;
    drain_wakeup();
    thread_ = std::thread{[this, &work] { run(work); }};
    return {};
}

Result<void, DeviceError> DeviceRuntime::start(EventSink sink) {
    std::lock_guard lock{mutex_};
    if (lifecycle_ == Lifecycle::running)
        return fail(DeviceError{DeviceErrorKind::internal, ErrorAction::reset, "already started"});
    if (lifecycle_ == Lifecycle::closed)
        return fail(DeviceError{DeviceErrorKind::internal, ErrorAction::reset, "not open"});
    sink_ = std::move(sink);
    lifecycle_ = Lifecycle::running;
    return {};
}

void DeviceRuntime::close() {
    {
        std::lock_guard lock{mutex_};
        if (lifecycle_ == Lifecycle::closed) return;
        if (on_device_thread()) {
            log_event(LogLevel::error, "device.runtime.close_from_device_thread", {{"device", std::string{to_string(device_class_)}}});
            return;
        }
        stopping_ = true;
    }
    wake();
    // A driver blocked where the wake-up cannot reach it is interrupted until it has left.
    {
        std::unique_lock lock{mutex_};
        while (!exited_) {
            lock.unlock();
            if (work_) work_->interrupt();
            lock.lock();
            exited_cv_.wait_for(lock, kInterruptRepeat, [this] { return exited_.load(); });
        }
    }
    if (thread_.joinable()) thread_.join();
    {
        std::lock_guard lock{mutex_};
        ready_.clear();
        timers_.clear();
        arm_timer();
        outbox_.clear();
        sink_ = nullptr;
        work_ = nullptr;
        lifecycle_ = Lifecycle::closed;
        state_ = DeviceState::stopped;
        device_thread_ = {};
    }
    save_counters(true);
}

Lifecycle DeviceRuntime::lifecycle() const {
    std::lock_guard lock{mutex_};
    return lifecycle_;
}

// ---- any thread ----

void DeviceRuntime::post(Task task) {
    {
        std::lock_guard lock{mutex_};
        if (lifecycle_ == Lifecycle::closed) return;
        ready_.push_back(std::move(task));
    }
    wake();
}

void DeviceRuntime::post_after(milliseconds delay, Task task) {
    {
        std::lock_guard lock{mutex_};
        if (lifecycle_ == Lifecycle::closed) return;
        timers_.emplace(Clock::now() + delay, std::move(task));
        arm_timer();
    }
}

void DeviceRuntime::emit(DeviceEvent event) {
    const bool here = on_device_thread();
    {
        std::lock_guard lock{mutex_};
        count_event(event);
        if (lifecycle_ == Lifecycle::closed) return;
        outbox_.push_back(std::move(event));
    }
    if (!here) wake();  // the device thread delivers it
}

void DeviceRuntime::set_state(DeviceState state) {
    std::lock_guard lock{mutex_};
    if (lifecycle_ != Lifecycle::closed) state_ = state;
}

void DeviceRuntime::count(Counter counter, std::uint64_t n) {
    std::lock_guard lock{mutex_};
    switch (counter) {
        case Counter::prints: counters_.prints += n; break;
        case Counter::cuts: counters_.cuts += n; break;
        case Counter::paper_outs: counters_.paper_outs += n; break;
        case Counter::card_reads: counters_.card_reads += n; break;
        case Counter::scans: counters_.scans += n; break;
        case Counter::errors: counters_.errors += n; break;
    }
    counters_dirty_ = true;
}

void DeviceRuntime::note_error(const DeviceError& error) {
    std::lock_guard lock{mutex_};
    note_error_locked(error);
    ++counters_.errors;
}

DeviceState DeviceRuntime::state() const {
    std::lock_guard lock{mutex_};
    return state_;
}

std::optional<DeviceFault> DeviceRuntime::last_error() const {
    std::lock_guard lock{mutex_};
    return last_error_;
}

DeviceCounters DeviceRuntime::counters() const {
    std::lock_guard lock{mutex_};
    return counters_;
}

bool DeviceRuntime::on_device_thread() const { return std::this_thread::get_id() == device_thread_; }

bool DeviceRuntime::tasks_waiting() const {
    std::lock_guard lock{mutex_};
    return !ready_.empty() || next_timer() <= Clock::now();
}

void DeviceRuntime::keep_counters_in(std::shared_ptr<CounterStore> store, std::string key) {
    std::lock_guard lock{mutex_};
    store_ = std::move(store);
    store_key_ = std::move(key);
}

// ---- device thread ----

bool DeviceRuntime::stopping() {
    if (on_device_thread()) drain_wakeup();  // another thread must not take the thread's wake-up
    return stopping_;
}

bool DeviceRuntime::sleep_until(Clock::time_point deadline, bool or_task) {
    for (;;) {
        if (stopping()) return false;
        if (Clock::now() >= deadline) return true;
        if (or_task && tasks_waiting()) return true;
        pollfd p{epoll_fd_, POLLIN, 0};
        (void)::poll(&p, 1, poll_timeout(deadline));
    }
}

bool DeviceRuntime::sleep_for(milliseconds duration, bool or_task) {
    return sleep_until(Clock::now() + duration, or_task);
}

void DeviceRuntime::deliver() {
    for (;;) {
        DeviceEvent event;
        EventSink sink;
        {
            std::lock_guard lock{mutex_};
            if (outbox_.empty()) return;
            event = std::move(outbox_.front());
            outbox_.pop_front();
            sink = sink_;
        }
        if (sink) sink(std::move(event));
    }
}

void DeviceRuntime::run(DeviceWork& work) {
    {
        std::lock_guard lock{mutex_};
        device_thread_ = std::this_thread::get_id();
    }
    work.on_open();
    deliver();
    Clock::time_point next_step = Clock::now();
    while (!stopping()) {
        if (run_ready_tasks()) continue;
        if (Clock::now() >= next_step) {
            next_step = work.step();
            deliver();
            save_counters(false);
            continue;
        }
        Clock::time_point until = next_step;
        {
            std::lock_guard lock{mutex_};
            until = std::min(until, next_timer());
            if (!outbox_.empty()) until = Clock::now();
        }
        deliver();
        wait_for_wakeup(until);
    }
    work.on_close();
    std::lock_guard lock{mutex_};
    exited_ = true;
    exited_cv_.notify_all();
}

// Runs the tasks that are due now, one at a time (each may post more); true when any ran.
bool DeviceRuntime::run_ready_tasks() {
    bool ran = false;
    for (;;) {
        Task task;
        {
            std::lock_guard lock{mutex_};
            const auto now = Clock::now();
            if (!timers_.empty() && timers_.begin()->first <= now) {
                while (!timers_.empty() && timers_.begin()->first <= now) {
                    ready_.push_back(std::move(timers_.begin()->second));
                    timers_.erase(timers_.begin());
                }
                arm_timer();
            }
            if (ready_.empty() || stopping_) return ran;
            task = std::move(ready_.front());
            ready_.pop_front();
        }
        task();
        task = nullptr;
        deliver();
        save_counters(false);
        ran = true;
    }
}

DeviceRuntime::Clock::time_point DeviceRuntime::next_timer() const {
    return timers_.empty() ? DeviceWork::kWhenWoken : timers_.begin()->first;
}

void DeviceRuntime::wait_for_wakeup(Clock::time_point until) {
    pollfd p{epoll_fd_, POLLIN, 0};
    (void)::poll(&p, 1, poll_timeout(until));
}

void DeviceRuntime::wake() {
    const std::uint64_t one = 1;
    if (wake_fd_ >= 0) (void)!::write(wake_fd_, &one, sizeof one);
}

void DeviceRuntime::drain_wakeup() {
    std::uint64_t value = 0;
    if (wake_fd_ >= 0) (void)!::read(wake_fd_, &value, sizeof value);
    if (timer_fd_ >= 0) (void)!::read(timer_fd_, &value, sizeof value);  // the due timers are in timers_
}

void DeviceRuntime::arm_timer() {
    if (timer_fd_ < 0) return;
    itimerspec spec{};  // all zero: disarmed
    if (!timers_.empty()) {
        const auto due = std::chrono::duration_cast<std::chrono::nanoseconds>(timers_.begin()->first.time_since_epoch()).count();
        spec.it_value.tv_sec = static_cast<time_t>(due / 1'000'000'000);
        spec.it_value.tv_nsec = static_cast<long>(due % 1'000'000'000);
        if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0) spec.it_value.tv_nsec = 1;
    }
    (void)::timerfd_settime(timer_fd_, TFD_TIMER_ABSTIME, &spec, nullptr);
}

// With mutex_ held: what the event means for the counters and the last error.
void DeviceRuntime::count_event(const DeviceEvent& event) {
    const DeviceCounters before = counters_;
    if (std::holds_alternative<CardPlaced>(event)) {
        ++counters_.card_reads;
    } else if (std::holds_alternative<CodeScanned>(event)) {
        ++counters_.scans;
    } else if (std::holds_alternative<PrintJobFinished>(event)) {
        ++counters_.prints;
    } else if (const auto* status = std::get_if<PrinterStatusChanged>(&event)) {
        const bool out = status->status.paper == PaperLevel::out;
        if (out && !paper_out_) ++counters_.paper_outs;
        paper_out_ = out;
    } else if (const auto* failed = std::get_if<CardReadFailed>(&event)) {
        note_error_locked(failed->error);
        ++counters_.errors;
    } else if (const auto* faulted = std::get_if<DeviceFaulted>(&event)) {
        note_error_locked(faulted->error);
        ++counters_.errors;
    } else if (const auto* job_failed = std::get_if<PrintJobFailed>(&event)) {
        note_error_locked(job_failed->error);
        ++counters_.errors;
    } else if (const auto* held = std::get_if<PrintJobHeld>(&event)) {
        note_error_locked(held->error);
    } else if (const auto* connection = std::get_if<DeviceConnectionChanged>(&event)) {
        if (!connection->connected) {
            note_error_locked({DeviceErrorKind::not_connected, ErrorAction::suspend, "disconnected"});
            ++counters_.errors;
        }
    }
    if (!(counters_ == before)) counters_dirty_ = true;
}

void DeviceRuntime::note_error_locked(const DeviceError& error) {
    last_error_ = DeviceFault{error, std::chrono::system_clock::now()};
    counters_dirty_ = true;
}

// Counters reach the store at most every few seconds while the device works, and at close.
void DeviceRuntime::save_counters(bool force) {
    std::shared_ptr<CounterStore> store;
    std::string key;
    DeviceCounters counters;
    {
        std::lock_guard lock{mutex_};
        if (!store_ || !counters_dirty_) return;
        if (!force && Clock::now() - counters_saved_ < kCounterSaveInterval) return;
        store = store_;
        key = store_key_;
        counters = counters_;
        counters_dirty_ = false;
        counters_saved_ = Clock::now();
    }
    if (auto saved = store->save(key, counters); !saved)
        log_event(LogLevel::warning, "device.counters.not_saved", {{"device", key}, {"error", saved.error()}});
}

}  // namespace nanhai::hal
