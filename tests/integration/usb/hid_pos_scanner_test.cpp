// The HID POS scanner driver through the real libusb against a umockdev-emulated scanner:
// interrupt IN reports joined into codes, AIM ids, GB18030 text, a malformed report refused
// without losing the next code, unplug and replug recovered without restarting.
#include <gtest/gtest.h>

#include "common/gb18030.hpp"
#include "drivers/scanner/hid_pos_source.hpp"
#include "drivers/scanner/scanner_driver.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/integration/usb/usb_hid_pos_scanner.hpp"

namespace nanhai::drivers::scanner {
namespace {

using namespace std::chrono_literals;

using drivers::test::EventRecorder;

std::unique_ptr<ScannerDriver> hid_driver() {
    ScannerOptions options{"scanner-hidpos", "HID POS scanner", 100ms, 50ms};
    return std::make_unique<ScannerDriver>(std::make_unique<HidPosSource>(parse_usb_uri("usb:1d6b:4850").value()), options);
}

TEST(HidPosScanner, ReportsAreJoinedIntoOneCodeWithItsAimId) {
    nanhai::test::UsbHidPosScanner device;
    auto driver = hid_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const std::string slip = "NH1|A|BK20261203-0042|2026-12-03T09:30|" + std::string(120, 'x') + "|sig";
    device.scan("]Q1", slip);  // three reports
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, slip);
    EXPECT_EQ(code->symbology, "]Q1");
    EXPECT_EQ(driver->state(), hal::DeviceState::ready);
    driver->stop();
}

TEST(HidPosScanner, Gb18030CodesArriveAsUtf8) {
    nanhai::test::UsbHidPosScanner device;
    auto driver = hid_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const auto gb = utf8_to_gb18030("南海区行政服务中心").value();
    device.scan("]Q1", std::vector<std::uint8_t>{gb.begin(), gb.end()});
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "南海区行政服务中心");
    driver->stop();
}

TEST(HidPosScanner, MalformedReportIsRefusedAndTheNextCodeStillCounts) {
    nanhai::test::UsbHidPosScanner device;
    auto driver = hid_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    std::vector<std::uint8_t> bad(64, 0);
    bad[0] = 0x02;
    bad[1] = 60;  // more than 56 bytes of data
    device.raw_report(bad);
    device.scan("]C0", "NH2026112800017");
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "NH2026112800017");
    EXPECT_EQ(code->symbology, "]C0");
    const auto report = driver->self_test();
    EXPECT_NE(report.steps.back().detail.find("1 refused"), std::string::npos) << report.steps.back().detail;
    driver->stop();
}

TEST(HidPosScanner, UnplugAndReplugAreRecoveredWithoutRestarting) {
    nanhai::test::UsbHidPosScanner device;
    auto driver = hid_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const auto before = events.count();
    device.unplug();
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }, before));
    EXPECT_EQ(driver->state(), hal::DeviceState::disconnected);
    const auto unplugged = events.count();
    device.plug();
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }, unplugged));
    device.scan("]Q1", "after replug");
    const auto code = events.wait_for<hal::CodeScanned>();
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "after replug");
    driver->stop();
}

TEST(HidPosScanner, AbsentScannerIsDisconnected) {
    auto driver = hid_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }));
    const auto report = driver->self_test();
    EXPECT_FALSE(report.passed());
    EXPECT_NE(report.steps[1].detail.find("no USB scanner 1d6b:4850"), std::string::npos) << report.steps[1].detail;
    driver->stop();
}

}  // namespace
}  // namespace nanhai::drivers::scanner
