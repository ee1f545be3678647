// The keyboard-wedge scanner driver on an evdev node emulated by umockdev: the device is
// grabbed, US-layout key events become codes, a refused grab is a clear error.
#include <gtest/gtest.h>
#include <linux/input-event-codes.h>

#include <condition_variable>
#include <mutex>

#include "drivers/scanner/evdev_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "tests/integration/usb/fake_evdev_keyboard.hpp"

namespace nanhai::drivers::scanner {
namespace {

using namespace std::chrono_literals;

class Codes {
public:
    hal::EventSink sink() {
        return [this](hal::DeviceEvent e) {
            std::lock_guard lock{mutex_};
            if (auto* c = std::get_if<hal::CodeScanned>(&e)) codes_.push_back(c->payload);
            if (auto* c = std::get_if<hal::DeviceConnectionChanged>(&e)) connected_ = c->connected;
            changed_.notify_all();
        };
    }
    bool wait_codes(std::size_t n) {
        std::unique_lock lock{mutex_};
        return changed_.wait_for(lock, 20s, [&] { return codes_.size() >= n; });
    }
    bool wait_connected(bool value) {
        std::unique_lock lock{mutex_};
        return changed_.wait_for(lock, 20s, [&] { return connected_ == value; });
    }
    std::vector<std::string> codes() {
        std::lock_guard lock{mutex_};
        return codes_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::string> codes_;
    std::optional<bool> connected_;
};

std::unique_ptr<ScannerDriver> wedge_driver() {
    ScannerOptions options{"scanner-wedge", "keyboard wedge", 100ms, 50ms};
    return std::make_unique<ScannerDriver>(std::make_unique<EvdevSource>(test::FakeEvdevKeyboard::kDevicePath), options);
}

TEST(KeyboardWedge, GrabsTheDeviceAndTurnsKeysIntoCodes) {
    test::FakeEvdevKeyboard keyboard;
    auto driver = wedge_driver();
    Codes codes;
    ASSERT_TRUE(driver->start(codes.sink()));
    ASSERT_TRUE(codes.wait_connected(true));
    EXPECT_TRUE(keyboard.grabbed());
    keyboard.type("NH1|A|BK20261203-0042|2026-12-03T09:30|Sig_+/=");
    keyboard.type("]Q1NH2026112800017");
    ASSERT_TRUE(codes.wait_codes(2));
    EXPECT_EQ(codes.codes()[0], "NH1|A|BK20261203-0042|2026-12-03T09:30|Sig_+/=");
    EXPECT_EQ(codes.codes()[1], "NH2026112800017");  // the AIM prefix is split off
    driver->stop();
}

TEST(KeyboardWedge, CapsLockAndRepeatsDoNotChangeTheCode) {
    test::FakeEvdevKeyboard keyboard;
    auto driver = wedge_driver();
    Codes codes;
    ASSERT_TRUE(driver->start(codes.sink()));
    ASSERT_TRUE(codes.wait_connected(true));
    keyboard.key(KEY_CAPSLOCK, 1);
    keyboard.key(KEY_CAPSLOCK, 0);
    keyboard.key(KEY_A, 1);
    keyboard.key(KEY_A, 2);  // auto-repeat: not a second 'A'
    keyboard.key(KEY_A, 0);
    keyboard.key(KEY_1, 1);
    keyboard.key(KEY_1, 0);
    keyboard.key(KEY_ENTER, 1);
    ASSERT_TRUE(codes.wait_codes(1));
    EXPECT_EQ(codes.codes()[0], "A1");
    driver->stop();
}

TEST(KeyboardWedge, AKeyboardSomeoneElseHoldsIsRefusedClearly) {
    test::FakeEvdevKeyboard keyboard;
    keyboard.refuse_grab(true);
    auto driver = wedge_driver();
    Codes codes;
    ASSERT_TRUE(driver->start(codes.sink()));
    ASSERT_TRUE(codes.wait_connected(false));
    const auto report = driver->self_test();
    EXPECT_FALSE(report.passed());
    EXPECT_NE(report.steps[1].detail.find("grabbed by another program"), std::string::npos) << report.steps[1].detail;
    keyboard.refuse_grab(false);  // the other program let go: the driver takes it
    ASSERT_TRUE(codes.wait_connected(true));
    keyboard.type("OK");
    ASSERT_TRUE(codes.wait_codes(1));
    driver->stop();
}

}  // namespace
}  // namespace nanhai::drivers::scanner
