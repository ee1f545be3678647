// What every device is, whatever its class: identity (info), a closed set of states, one
// lifecycle with one meaning for each verb, the last error with the action it needs, counters
// and a self-test. The lifecycle is implemented here, once, on the device thread hal owns
// (device_runtime.hpp); a driver fills in its work (on_open, step, on_close, interrupt) and
// what it is. No function throws across this boundary; failures are DeviceError values.
//
//   open()       closed -> open: the device thread starts; the driver connects (and keeps
//                reconnecting); state, counters and self-test are live; events go nowhere.
//   start(sink)  -> running: events go to `sink` (opening first when closed). Starting a
//                running device is an error, never a restart.
//   stop()       -> closed: the thread is joined and the device released; nothing more is
//                emitted. Safe to call twice; a later start() opens it again.
//
// A final driver class calls stop() in its destructor: the thread calls the driver's virtual
// functions, so it must end before the driver's members do.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "hal/device_events.hpp"
#include "hal/device_runtime.hpp"
#include "hal/device_types.hpp"

namespace nanhai::hal {

class Device : protected DeviceWork {
public:
    explicit Device(DeviceClass device_class) : runtime_{device_class} {}
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;
    virtual ~Device() = default;

    virtual DeviceInfo info() const = 0;
    // Steps with their outcome and time; never throws, may take a few seconds (it talks to the
    // device). Safe from any thread while the device is open or closed.
    virtual SelfTestReport self_test() = 0;

    Result<void, DeviceError> open();
    Result<void, DeviceError> start(EventSink sink);
    void stop();

    DeviceClass device_class() const { return runtime_.device_class(); }
    Lifecycle lifecycle() const { return runtime_.lifecycle(); }
    DeviceState state() const { return runtime_.state(); }
    std::optional<DeviceFault> last_error() const { return runtime_.last_error(); }
    DeviceCounters counters() const { return runtime_.counters(); }
    // Before open(): keep the counters across restarts (device_counters.hpp).
    void keep_counters_in(std::shared_ptr<class CounterStore> store, std::string key) {
        runtime_.keep_counters_in(std::move(store), std::move(key));
    }

protected:
    // On the caller's thread, before the device thread starts: a configuration the driver
    // cannot work with fails the open (an output directory that cannot be made ...).
    virtual Result<void, DeviceError> prepare() { return {}; }

    DeviceRuntime& runtime() { return runtime_; }
    const DeviceRuntime& runtime() const { return runtime_; }

    // Runs `work` on the device thread between two steps and waits for its result, so that a
    // self-test never races the driver's own exchanges; inline when the device is closed (or
    // closes before the task ran) or when called on the device thread.
    template <class Work>
    auto on_device_thread(Work work) -> decltype(work());

private:
    DeviceRuntime runtime_;
};

template <class Work>
auto Device::on_device_thread(Work work) -> decltype(work()) {
    using R = decltype(work());
    if (runtime_.lifecycle() == Lifecycle::closed || runtime_.on_device_thread()) return work();
    auto promise = std::make_shared<std::promise<R>>();
    auto result = promise->get_future();
    runtime_.post([promise, work]() mutable { promise->set_value(work()); });
    try {
        return result.get();
    } catch (const std::future_error&) {  // the device closed first and dropped the task
        return work();
    }
}


}  // namespace nanhai::hal
