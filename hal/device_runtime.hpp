// The one device thread of a device, owned by hal so that every real and simulated driver
// runs the same way (the pattern of ros2_control's hardware lifecycle: the framework owns the
// thread and the transitions, the driver fills in what each one does):
//   - the driver's work (DeviceWork) runs on it: on_open once, then step() again and again at
//     the times step() asks for, then on_close once;
//   - tasks posted from any thread (post, post_after) run on it between steps, in order;
//   - events emitted from any thread are queued and handed to the sink by the device thread,
//     in the order they were emitted and never under a driver's lock (deliver());
//   - every wait is a blocking wait on one descriptor, the wake-up (an epoll set of an eventfd,
//     which posting, emitting from another thread and closing signal, and a timerfd armed for
//     the next timer): no sleep-polling. Transports that wait on a file descriptor wait on the
//     wake-up too (ByteTransport::set_wakeup), so a blocked read ends at once when there is
//     something to do;
//   - it keeps the device's state, last error and counters, counting from the events emitted
//     (prints, card reads, scans, paper-outs, errors), and persists the counters.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "common/result.hpp"
#include "hal/device_events.hpp"
#include "hal/device_types.hpp"

namespace nanhai::hal {

class CounterStore;

// What a driver does on its device thread (hal::Device implements it for its drivers).
class DeviceWork {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr Clock::time_point kWhenWoken = Clock::time_point::max();

    // The state from open() until the driver says otherwise: starting for devices that connect,
    // ready for those that have nothing to connect to (the simulators).
    virtual DeviceState initial_state() const { return DeviceState::starting; }
    // Once, first, on the device thread.
    virtual void on_open() {}
    // One unit of work (connect, one poll, one job, one wait for a code); returns when to be
    // called again: a time, Clock::now() for "at once, after the tasks waiting", or kWhenWoken
    // for never (a device driven by posted tasks only, as the simulators are).
    virtual Clock::time_point step() { return kWhenWoken; }
    // Once, last, on the device thread: release the transport.
    virtual void on_close() {}
    // Any thread, while the device closes: end a blocking call the wake-up cannot reach
    // (SCardGetStatusChange: SCardCancel). Called repeatedly until the thread has left.
    virtual void interrupt() {}

protected:
    ~DeviceWork() = default;
};

enum class Lifecycle {
    closed,   // no thread; state() is stopped
    open,     // the thread runs: the device is connected (or being reconnected), its state,
              // counters and self-test are live; events are counted but go nowhere
    running,  // as open, and events go to the sink
};
std::string_view to_string(Lifecycle lifecycle);

class DeviceRuntime {
public:
    using Clock = DeviceWork::Clock;
    using Task = std::function<void()>;

    explicit DeviceRuntime(DeviceClass device_class);
    DeviceRuntime(const DeviceRuntime&) = delete;
    DeviceRuntime& operator=(const DeviceRuntime&) = delete;
    ~DeviceRuntime();

    // ---- lifecycle (hal::Device calls these) ----
    // closed -> open (with a sink: -> running). Starts the thread; `work` must outlive close().
    Result<void, DeviceError> open(DeviceWork& work, EventSink sink = {});
    // open -> running. Error when already running or closed.
    Result<void, DeviceError> start(EventSink sink);
    // any -> closed: the thread is joined after on_close; tasks, timers and events not yet
    // delivered are dropped (a closed device says nothing more); counters are saved. Must not
    // be called on the device thread.
    void close();
    Lifecycle lifecycle() const;

    // ---- any thread ----
    void post(Task task);
    void post_after(std::chrono::milliseconds delay, Task task);
    // Ends the device thread's current wait: a step waiting on its transport looks at its work
    // again (a job was queued).
    void wake();
    // Counts the event, notes its error, and queues it for the sink.
    void emit(DeviceEvent event);
    void set_state(DeviceState state);
    void count(Counter counter, std::uint64_t n = 1);
    // An error that is news without an event (a failed connect): noted and counted.
    void note_error(const DeviceError& error);
    DeviceState state() const;
    std::optional<DeviceFault> last_error() const;
    DeviceCounters counters() const;
    DeviceClass device_class() const { return device_class_; }
    bool on_device_thread() const;
    // A posted task is due: a step in a long idle wait returns so that it runs.
    bool tasks_waiting() const;
    // Before open(): where the counters are kept across restarts under `key`.
    void keep_counters_in(std::shared_ptr<CounterStore> store, std::string key);

    // ---- device thread ----
    // Consumes a pending wake-up; true once close() has begun. A step that was woken early
    // (a read that returned nothing before its time) asks this, then carries on or returns.
    bool stopping();
    // Blocks until `deadline`, a close, or (with `or_task`) a posted task; false when closing.
    bool sleep_until(Clock::time_point deadline, bool or_task = false);
    bool sleep_for(std::chrono::milliseconds duration, bool or_task = false);
    // Hands the queued events to the sink now. Call it with no driver lock held: a sink may
    // call back into the driver.
    void deliver();
    // Readable while a wake-up is pending: transports poll it beside their own descriptor.
    int wakeup_fd() const { return epoll_fd_; }

private:
    void run(DeviceWork& work);
    bool run_ready_tasks();
    Clock::time_point next_timer() const;
    void wait_for_wakeup(Clock::time_point until);
    void drain_wakeup();
    void arm_timer();  // with mutex_ held: the timerfd fires when the first timer is due
    void count_event(const DeviceEvent& event);
    void note_error_locked(const DeviceError& error);
    void save_counters(bool force);

    const DeviceClass device_class_;
    int wake_fd_ = -1;   // eventfd
    int timer_fd_ = -1;  // timerfd (CLOCK_MONOTONIC, as steady_clock)
    int epoll_fd_ = -1;  // both: the one descriptor every wait polls
    std::atomic<bool> stopping_{false};
    std::atomic<bool> exited_{true};

    mutable std::mutex mutex_;
    std::condition_variable exited_cv_;
    Lifecycle lifecycle_ = Lifecycle::closed;
    EventSink sink_;
    std::deque<Task> ready_;
    std::multimap<Clock::time_point, Task> timers_;
    std::deque<DeviceEvent> outbox_;
    DeviceState state_ = DeviceState::stopped;
    std::optional<DeviceFault> last_error_;
    DeviceCounters counters_;
    bool paper_out_ = false;
    bool counters_dirty_ = false;
    Clock::time_point counters_saved_{};
    std::shared_ptr<CounterStore> store_;
    std::string store_key_;
    std::thread::id device_thread_;
    std::thread thread_;
    DeviceWork* work_ = nullptr;
};

}  // namespace nanhai::hal
