// The ESC/POS driver over the USB printer class through the real libusb, against a
// umockdev-emulated printer that runs the virtual printer's interpreter: bytes on the wire
// captured exactly, status scripted (paper out mid-job), the class's GET_DEVICE_ID and
// GET_PORT_STATUS, unplug and replug.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "drivers/escpos/commands.hpp"
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "drivers/transport/usb_printer_class.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/integration/usb/usb_escpos_printer.hpp"

namespace nanhai::drivers::escpos {
namespace {

using drivers::test::EventRecorder;
using nanhai::test::PaperCondition;
using namespace std::chrono_literals;

hal::ReceiptDocument slip() {
    return {"appointment_slip",
            {hal::TextLine{"预约凭条", hal::TextSize::large, true, hal::Align::center}, hal::TextLine{"预约号：YY202612020001"},
             hal::TextLine{"事项：食品经营许可"}, hal::QrCode{"NH1|A|rk1|YY202612020001|c2ln", 6},
             hal::TextLine{"请按预约时间到大厅签到"}, hal::Cut{}}};
}

std::unique_ptr<EscposPrinter> usb_driver() {
    EscposPrinterOptions options;
    options.driver = "escpos-usb";
    options.poll_interval = 100ms;
    options.reconnect_interval = 100ms;
    return std::make_unique<EscposPrinter>(std::make_unique<UsbBulkTransport>(parse_usb_uri("usb:1d6b:5050").value()), options);
}

bool connected(const hal::DeviceConnectionChanged& e) { return e.connected; }

TEST(UsbEscposPrinter, TheJobsBytesReachThePrinterExactlyAndItIsConfirmed) {
    nanhai::test::UsbEscposPrinter device;
    auto driver = usb_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(connected));
    const auto job = driver->submit(slip());
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    auto expected = encode_receipt(slip(), EncoderOptions{}).value().bytes;
    transmit_paper_status(expected);  // the job, then the question only a finished job answers
    const auto wire = device.received();
    EXPECT_NE(std::search(wire.begin(), wire.end(), expected.begin(), expected.end()), wire.end());
    const auto slips = device.complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].text().front(), "预约凭条");
    driver->stop();
}

TEST(UsbEscposPrinter, PaperOutMidJobThenLoadedGivesExactlyOneCompleteSlip) {
    nanhai::test::UsbEscposPrinter device;
    device.set_paper_remaining(80);
    auto driver = usb_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit(slip());
    ASSERT_TRUE(job);
    const auto held = events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job && e.error.kind == hal::DeviceErrorKind::paper_out; });
    ASSERT_TRUE(held);
    for (int i = 0; i < 2000 && device.buffered_bytes() != 0; ++i) std::this_thread::sleep_for(10ms);
    ASSERT_EQ(device.buffered_bytes(), 0u) << "the driver cleared what the printer still held";
    device.set_paper(PaperCondition::ok);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    const auto complete = device.complete_slips();
    ASSERT_EQ(complete.size(), 1u);
    EXPECT_EQ(complete[0].text().back(), "请按预约时间到大厅签到");
    EXPECT_EQ(device.slips().size(), 2u) << "the torn half and the whole slip";
    driver->stop();
}

TEST(UsbEscposPrinter, PrinterClassRequestsTellItsIdAndPortStatus) {
    nanhai::test::UsbEscposPrinter device;
    UsbBulkTransport usb{parse_usb_uri("usb:1d6b:5050").value()};
    ASSERT_TRUE(usb.open());
    auto id = usb_printer_device_id(usb);
    ASSERT_TRUE(id) << id.error().detail;
    EXPECT_EQ(*id, nanhai::test::UsbEscposPrinter::kDeviceId);
    auto port = usb_printer_port_status(usb);
    ASSERT_TRUE(port) << port.error().detail;
    EXPECT_TRUE(port->selected);
    EXPECT_TRUE(port->no_error);
    EXPECT_FALSE(port->paper_empty);
    device.set_paper(PaperCondition::out);
    port = usb_printer_port_status(usb);
    ASSERT_TRUE(port);
    EXPECT_TRUE(port->paper_empty);
    EXPECT_FALSE(port->selected);
}

TEST(UsbEscposPrinter, UnplugHoldsTheJobAndReplugPrintsIt) {
    nanhai::test::UsbEscposPrinter device;
    auto driver = usb_driver();
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>(connected));
    const auto before = events.count();
    device.unplug();
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }, before));
    const auto job = driver->submit(slip());
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; }));
    device.plug();
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    EXPECT_EQ(device.complete_slips().size(), 1u);
    driver->stop();
}

#ifdef KIOSK_DIAG_BIN
TEST(UsbEscposPrinter, KioskDiagShowsTheClassInfoAndPrintsTheTestPage) {
    nanhai::test::UsbEscposPrinter device;
    const auto dir = std::filesystem::path{::testing::TempDir()};
    const auto out = dir / "usb-printer-diag.txt";
    const int status = std::system((std::string{KIOSK_DIAG_BIN} + " printer --uri usb:1d6b:5050 --test-page > " + out.string() + " 2>&1").c_str());
    std::ifstream in{out};
    const std::string output{std::istreambuf_iterator<char>(in), {}};
    EXPECT_EQ(WEXITSTATUS(status), 0) << output;
    EXPECT_NE(output.find("usb id   MFG:Nanhai Test;MDL:TP80"), std::string::npos) << output;
    EXPECT_NE(output.find("usb port selected, no error, paper present"), std::string::npos) << output;
    EXPECT_EQ(device.complete_slips().size(), 1u);
    std::filesystem::remove(out);
}
#endif

}  // namespace
}  // namespace nanhai::drivers::escpos
