// The one device lifecycle of hal (device.hpp, device_runtime.hpp): open/start/stop with one
// meaning each, tasks and events in order on the device thread, blocking waits that a close
// ends, counters from events kept across restarts, the last error with its action.
#include <gtest/gtest.h>
#include <poll.h>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include "hal/device.hpp"
#include "hal/device_counters.hpp"
#include "tests/support/temp_dir.hpp"

namespace nanhai::hal {
namespace {

using namespace std::chrono_literals;

// A device whose step waits on the wake-up as a transport read does, for as long as asked.
class TestDevice final : public Device {
public:
    explicit TestDevice(std::chrono::milliseconds step_wait = std::chrono::hours{1}) : Device{DeviceClass::code_scanner}, step_wait_{step_wait} {}
    ~TestDevice() override { stop(); }

    DeviceInfo info() const override { return {DeviceClass::code_scanner, "test", "Test device", "T-1", "1.0", "in-process"}; }
    SelfTestReport self_test() override {
        return on_device_thread([this] {
            return SelfTestReport{info(), {{"on the device thread", runtime().on_device_thread(), "", 0ms}}};
        });
    }

    DeviceRuntime& rt() { return runtime(); }
    std::atomic<int> steps{0};
    std::atomic<bool> opened{false}, closed{false};
    std::atomic<bool> refuse_prepare{false};

private:
    Result<void, DeviceError> prepare() override {
        if (refuse_prepare) return fail(DeviceError{DeviceErrorKind::internal, ErrorAction::configuration, "refused"});
        return {};
    }
    void on_open() override {
        opened = true;
        runtime().set_state(DeviceState::ready);
    }
    Clock::time_point step() override {
        ++steps;
        pollfd p{runtime().wakeup_fd(), POLLIN, 0};
        (void)::poll(&p, 1, static_cast<int>(step_wait_.count()));
        return Clock::now();
    }
    void on_close() override { closed = true; }

    std::chrono::milliseconds step_wait_;
};

// What a sink saw, with the thread it saw it on.
struct Recorder {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<DeviceEvent> events;
    std::vector<std::thread::id> threads;
    EventSink sink() {
        return [this](DeviceEvent event) {
            std::lock_guard lock{mutex};
            events.push_back(std::move(event));
            threads.push_back(std::this_thread::get_id());
            changed.notify_all();
        };
    }
    bool wait_for(std::size_t count) {
        std::unique_lock lock{mutex};
        return changed.wait_for(lock, 10s, [&] { return events.size() >= count; });
    }
};

CodeScanned code(std::string text) { return CodeScanned{std::move(text), "]Q1"}; }

TEST(DeviceLifecycle, OpenStartStopHaveOneMeaningEach) {
    TestDevice device;
    EXPECT_EQ(device.lifecycle(), Lifecycle::closed);
    EXPECT_EQ(device.state(), DeviceState::stopped);
    ASSERT_TRUE(device.open());
    EXPECT_EQ(device.lifecycle(), Lifecycle::open);
    Recorder recorder;
    ASSERT_TRUE(device.start(recorder.sink()));
    EXPECT_EQ(device.lifecycle(), Lifecycle::running);
    const auto again = device.start(recorder.sink());
    ASSERT_FALSE(again);  // never a restart
    EXPECT_EQ(again.error().detail, "already started");
    device.stop();
    EXPECT_EQ(device.lifecycle(), Lifecycle::closed);
    EXPECT_EQ(device.state(), DeviceState::stopped);
    EXPECT_TRUE(device.opened);
    EXPECT_TRUE(device.closed);
    device.stop();  // twice is fine
    ASSERT_TRUE(device.start(recorder.sink()));  // from closed: opens first
    EXPECT_EQ(device.lifecycle(), Lifecycle::running);
}

TEST(DeviceLifecycle, APreparationTheDriverRefusesFailsTheOpen) {
    TestDevice device;
    device.refuse_prepare = true;
    const auto opened = device.start([](DeviceEvent) {});
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().action, ErrorAction::configuration);
    EXPECT_EQ(device.lifecycle(), Lifecycle::closed);
    EXPECT_FALSE(device.opened);
}

TEST(DeviceLifecycle, EventsFromAnyThreadReachTheSinkInOrderOnTheDeviceThread) {
    TestDevice device;
    Recorder recorder;
    ASSERT_TRUE(device.start(recorder.sink()));
    std::thread other{[&] {
        for (int i = 0; i < 50; ++i) device.rt().emit(code(std::to_string(i)));
    }};
    other.join();
    ASSERT_TRUE(recorder.wait_for(50));
    std::lock_guard lock{recorder.mutex};
    for (int i = 0; i < 50; ++i) EXPECT_EQ(std::get<CodeScanned>(recorder.events[static_cast<std::size_t>(i)]).payload, std::to_string(i));
    for (const auto id : recorder.threads) {
        EXPECT_NE(id, std::this_thread::get_id());
        EXPECT_EQ(id, recorder.threads.front());
    }
}

TEST(DeviceLifecycle, AnOpenDeviceCountsEventsButSendsThemNowhere) {
    TestDevice device;
    ASSERT_TRUE(device.open());
    device.rt().emit(code("a"));
    device.rt().emit(code("b"));
    Recorder recorder;
    ASSERT_TRUE(device.start(recorder.sink()));
    device.rt().emit(code("c"));
    ASSERT_TRUE(recorder.wait_for(1));
    device.stop();
    EXPECT_EQ(device.counters().scans, 3u);
    std::lock_guard lock{recorder.mutex};
    ASSERT_GE(recorder.events.size(), 1u);
    EXPECT_EQ(std::get<CodeScanned>(recorder.events.back()).payload, "c");
}

TEST(DeviceLifecycle, TasksRunInOrderAndTimersWhenDue) {
    TestDevice device;
    ASSERT_TRUE(device.open());
    std::mutex mutex;
    std::condition_variable done;
    std::vector<std::string> ran;
    const auto record = [&](std::string what) {
        return [&, what] {
            std::lock_guard lock{mutex};
            ran.push_back(what);
            done.notify_all();
        };
    };
    device.rt().post_after(30ms, record("timer"));
    device.rt().post(record("first"));
    device.rt().post(record("second"));
    std::unique_lock lock{mutex};
    ASSERT_TRUE(done.wait_for(lock, 10s, [&] { return ran.size() == 3; }));
    EXPECT_EQ(ran, (std::vector<std::string>{"first", "second", "timer"}));
}

// The step waits an hour on the wake-up, as a transport read does: the close ends it at once.
TEST(DeviceLifecycle, CloseEndsABlockingWaitOnTheWakeup) {
    TestDevice device{std::chrono::hours{1}};
    ASSERT_TRUE(device.open());
    while (device.steps == 0) std::this_thread::yield();
    device.stop();
    EXPECT_TRUE(device.closed);
}

TEST(DeviceLifecycle, TasksNotYetRunAreDroppedAtClose) {
    TestDevice device;
    ASSERT_TRUE(device.open());
    std::atomic<bool> ran{false};
    device.rt().post_after(std::chrono::hours{1}, [&] { ran = true; });
    device.stop();
    EXPECT_FALSE(ran);
    device.rt().post([&] { ran = true; });  // a closed device takes no task
    EXPECT_FALSE(ran);
}

TEST(DeviceLifecycle, ASinkMayCallBackIntoTheDevice) {
    TestDevice device;
    std::atomic<int> calls{0};
    TestDevice* self = &device;
    ASSERT_TRUE(device.start([&, self](DeviceEvent) {
        ++calls;
        self->rt().post([] {});
        (void)self->state();
        (void)self->counters();
    }));
    device.rt().emit(code("x"));
    while (calls == 0) std::this_thread::yield();
    device.stop();
    EXPECT_EQ(calls, 1);
}

TEST(DeviceLifecycle, SelfTestRunsOnTheDeviceThreadWhenOpenAndInlineWhenClosed) {
    TestDevice device;
    EXPECT_FALSE(device.self_test().passed());  // closed: inline, on this thread
    ASSERT_TRUE(device.open());
    EXPECT_TRUE(device.self_test().passed());
}

TEST(DeviceLifecycle, CountersComeFromEventsAndTheLastErrorKeepsItsAction) {
    TestDevice device;
    ASSERT_TRUE(device.open());
    auto& rt = device.rt();
    rt.emit(CardPlaced{});
    rt.emit(CodeScanned{"x", ""});
    rt.emit(PrintJobFinished{1});
    rt.emit(PrinterStatusChanged{{PaperLevel::out, false, false, false}});
    rt.emit(PrinterStatusChanged{{PaperLevel::out, true, false, false}});  // still out: one paper-out
    rt.emit(PrinterStatusChanged{{PaperLevel::ok, false, false, false}});
    rt.emit(PrinterStatusChanged{{PaperLevel::out, false, false, false}});
    rt.emit(CardReadFailed{{DeviceErrorKind::card_unreadable, ErrorAction::suspend, "bad read"}});
    rt.emit(DeviceConnectionChanged{DeviceClass::code_scanner, false});
    rt.emit(PrintJobFailed{2, {DeviceErrorKind::unsupported, ErrorAction::maintenance, "no font"}, PrintRecourse::show_qr});
    rt.count(Counter::cuts, 2);
    const DeviceCounters c = device.counters();
    EXPECT_EQ(c.card_reads, 1u);
    EXPECT_EQ(c.scans, 1u);
    EXPECT_EQ(c.prints, 1u);
    EXPECT_EQ(c.paper_outs, 2u);
    EXPECT_EQ(c.errors, 3u);
    EXPECT_EQ(c.cuts, 2u);
    const auto last = device.last_error();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->error.kind, DeviceErrorKind::unsupported);
    EXPECT_EQ(last->error.action, ErrorAction::maintenance);
    EXPECT_EQ(to_string(last->error.action), "maintenance");
}

TEST(DeviceCounters, KeptAcrossRestartsUnderTheStateDirectory) {
    test::TempDir dir{"device-counters"};
    auto store = std::make_shared<FileCounterStore>(dir.path());
    {
        TestDevice device;
        device.keep_counters_in(store, "code_scanner");
        ASSERT_TRUE(device.open());
        device.rt().emit(code("1"));
        device.rt().emit(code("2"));
        device.rt().emit(CardRemoved{});  // counts nothing: the scans must still be saved
        device.stop();  // saved at close
    }
    ASSERT_TRUE(std::filesystem::exists(store->file_for("code_scanner")));
    TestDevice again;
    again.keep_counters_in(store, "code_scanner");
    ASSERT_TRUE(again.open());
    EXPECT_EQ(again.counters().scans, 2u);
    again.rt().emit(code("3"));
    again.stop();
    EXPECT_EQ(store->load("code_scanner")->scans, 3u);
}

TEST(DeviceCounters, AnUnreadableFileCountsFromZeroAndIsReplaced) {
    test::TempDir dir{"device-counters"};
    auto store = std::make_shared<FileCounterStore>(dir.path());
    { std::ofstream{store->file_for("receipt_printer")} << "{\"prints\": -4, "; }
    EXPECT_FALSE(store->load("receipt_printer"));
    TestDevice device;
    device.keep_counters_in(store, "receipt_printer");
    ASSERT_TRUE(device.open());
    EXPECT_EQ(device.counters(), DeviceCounters{});
    device.rt().emit(PrintJobFinished{1});
    device.stop();
    EXPECT_EQ(store->load("receipt_printer")->prints, 1u);
}

TEST(DeviceCounters, JsonRoundTripAndRefusals) {
    DeviceCounters c{1, 2, 3, 4, 5, 6};
    EXPECT_EQ(counters_from_json(counters_to_json(c)), c);
    EXPECT_EQ(counters_from_json("{}"), DeviceCounters{});
    EXPECT_FALSE(counters_from_json("[]"));
    EXPECT_FALSE(counters_from_json("{\"scans\": \"many\"}"));
    EXPECT_FALSE(counters_from_json("not json"));
}

}  // namespace
}  // namespace nanhai::hal
