// The keyboard-wedge scanner driver on an evdev node emulated by umockdev: the device is
// grabbed, US-layout key events become codes, a refused grab is a clear error.
#include <gtest/gtest.h>
#include <linux/input-event-codes.h>

#include "drivers/scanner/evdev_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/integration/usb/fake_evdev_keyboard.hpp"

namespace nanhai::drivers::scanner {
namespace {

using namespace std::chrono_literals;

using drivers::test::EventRecorder;

bool connected(hal::DeviceConnectionChanged e) { return e.connected; }
bool disconnected(hal::DeviceConnectionChanged e) { return !e.connected; }

std::vector<std::string> payloads(const EventRecorder& events) {
    std::vector<std::string> out;
    for (const auto& e : events.events())
        if (const auto* code = std::get_if<hal::CodeScanned>(&e)) out.push_back(code->payload);
    return out;
}

std::unique_ptr<ScannerDriver> wedge_driver() {
    ScannerOptions options{"scanner-wedge", "keyboard wedge", 100ms, 50ms};
    return std::make_unique<ScannerDriver>(std::make_unique<EvdevSource>(nanhai::test::FakeEvdevKeyboard::kDevicePath), options);
}

TEST(KeyboardWedge, GrabsTheDeviceAndTurnsKeysIntoCodes) {
    nanhai::test::FakeEvdevKeyboard keyboard;
    auto driver = wedge_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(connected));
    EXPECT_TRUE(keyboard.grabbed());
    keyboard.type("NH1|A|BK20261203-0042|2026-12-03T09:30|Sig_+/=");
    keyboard.type("]Q1NH2026112800017");
    ASSERT_TRUE(events.wait_for<hal::CodeScanned>([](auto& c) { return c.payload == "NH2026112800017"; }));
    EXPECT_EQ(payloads(events), (std::vector<std::string>{"NH1|A|BK20261203-0042|2026-12-03T09:30|Sig_+/=",
                                                          "NH2026112800017"}));  // the AIM prefix split off
    driver->stop();
}

TEST(KeyboardWedge, CapsLockAndRepeatsDoNotChangeTheCode) {
    nanhai::test::FakeEvdevKeyboard keyboard;
    auto driver = wedge_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(connected));
    keyboard.key(KEY_CAPSLOCK, 1);
    keyboard.key(KEY_CAPSLOCK, 0);
    keyboard.key(KEY_A, 1);
    keyboard.key(KEY_A, 2);  // auto-repeat: not a second 'A'
    keyboard.key(KEY_A, 0);
    keyboard.key(KEY_1, 1);
    keyboard.key(KEY_1, 0);
    keyboard.key(KEY_ENTER, 1);
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "A1");
    driver->stop();
}

TEST(KeyboardWedge, AKeyboardSomeoneElseHoldsIsRefusedClearly) {
    nanhai::test::FakeEvdevKeyboard keyboard;
    keyboard.refuse_grab(true);
    auto driver = wedge_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(disconnected));
    const auto report = driver->self_test();
    EXPECT_FALSE(report.passed());
    EXPECT_NE(report.steps[1].detail.find("grabbed by another program"), std::string::npos) << report.steps[1].detail;
    keyboard.refuse_grab(false);  // the other program let go: the driver takes it
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(connected));
    keyboard.type("OK");
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "OK");
    driver->stop();
}

}  // namespace
}  // namespace nanhai::drivers::scanner
