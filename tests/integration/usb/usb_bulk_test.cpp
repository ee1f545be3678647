// The GA/T 467 driver over raw USB bulk: the real libusb against a umockdev-emulated reader
// (run under umockdev-wrapper), bytes on the wire captured exactly, unplug and replug.
#include <gtest/gtest.h>

#include "drivers/ga467/frame.hpp"
#include "drivers/ga467/reader.hpp"
#include "drivers/transport/usb_bulk.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/integration/usb/usb_sam_reader.hpp"
#include "tests/support/diag_runner.hpp"
#include "tests/support/ga467_cards.hpp"

#include <unistd.h>

namespace nanhai::test {
namespace {

using drivers::UsbBulkSettings;
using drivers::UsbBulkTransport;
using drivers::test::EventRecorder;

int diag_exit(const std::string& args, const std::filesystem::path& dir) {
#ifdef KIOSK_DIAG_BIN
    return run_diag(KIOSK_DIAG_BIN, args, dir).exit_code;
#else
    (void)args;
    (void)dir;
    return -1;
#endif
}

UsbBulkSettings reader_ids() {
    UsbBulkSettings s;
    s.vendor_id = UsbSamReader::kVendor;
    s.product_id = UsbSamReader::kProduct;
    return s;
}

TEST(UsbBulk, ParsesItsUri) {
    auto plain = drivers::parse_usb_uri("usb:1d6b:4673");
    ASSERT_TRUE(plain) << plain.error();
    EXPECT_EQ(plain->vendor_id, 0x1d6b);
    EXPECT_EQ(plain->product_id, 0x4673);
    EXPECT_TRUE(plain->serial.empty());
    EXPECT_EQ(drivers::parse_usb_uri("usb:10C4:EA60:SAM-0042")->serial, "SAM-0042");
    for (const char* bad : {"usb:1d6b", "usb:1d6b:46", "serial:1d6b:4673", "usb:xyz1:4673", "usb:1d6b:4673:"})
        EXPECT_FALSE(drivers::parse_usb_uri(bad)) << bad;
}

TEST(UsbBulk, OpensTheReaderAndMovesBytesBothWays) {
    UsbSamReader device;
    UsbBulkTransport usb{reader_ids()};
    ASSERT_TRUE(usb.open());
    EXPECT_EQ(usb.location(), "usb:1d6b:4673 (bus 1 device 1)");
    const auto request = drivers::ga467::encode_request(0x11, 0xFF);
    ASSERT_TRUE(usb.write_all(request));
    EXPECT_EQ(device.bulk_out(), request);
    std::vector<std::uint8_t> answer(64);
    auto n = usb.read_some(answer, std::chrono::milliseconds{1000});
    ASSERT_TRUE(n) << n.error().detail;
    answer.resize(*n);
    EXPECT_EQ(answer, drivers::ga467::encode_response(0x90));
    // Nothing asked, nothing to read: a timeout is zero bytes, not an error.
    auto none = usb.read_some(answer, std::chrono::milliseconds{50});
    ASSERT_TRUE(none) << none.error().detail;
    EXPECT_EQ(*none, 0u);
}

TEST(UsbBulk, AbsentDeviceIsNotConnected) {
    UsbSamReader device;
    auto other = reader_ids();
    other.product_id = 0x0001;
    UsbBulkTransport usb{other};
    auto opened = usb.open();
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, hal::DeviceErrorKind::not_connected);
    EXPECT_NE(opened.error().detail.find("1d6b:0001"), std::string::npos);
}

TEST(UsbBulk, Ga467ReaderReadsACardOverUsbAndSurvivesAReplug) {
    UsbSamReader device;
    EventRecorder events;
    drivers::ga467::ReaderOptions options;
    options.reconnect_interval = std::chrono::milliseconds{100};
    options.driver_name = "ga467-usb";
    drivers::ga467::Reader reader{std::make_unique<UsbBulkTransport>(reader_ids()), options};
    ASSERT_TRUE(reader.start(events.sink()));
    device.place_card(citizen_block());
    auto placed = events.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    const auto& card = std::get<hal::ResidentIdCard>(placed->document);
    EXPECT_EQ(card.name.str(), "陈美玲");
    EXPECT_EQ(card.id_number.str(), "440605198803120528");
    EXPECT_EQ(card.photo_wlt.size(), 1024u);
    EXPECT_EQ(reader.info().serial, "05-01-00000012-0000003456-0000007890");
    EXPECT_NE(reader.info().location.find("usb:1d6b:4673"), std::string::npos);
    // The first bytes on the wire were the SAM status request, exactly.
    const auto status_request = drivers::ga467::encode_request(0x11, 0xFF);
    const auto wire = device.bulk_out();
    ASSERT_GE(wire.size(), status_request.size());
    EXPECT_TRUE(std::equal(status_request.begin(), status_request.end(), wire.begin()));

    device.unplug();
    auto removed = events.event_at_as<hal::CardRemoved>(1);
    ASSERT_TRUE(removed);
    auto down = events.event_at_as<hal::DeviceConnectionChanged>(2);
    ASSERT_TRUE(down);
    EXPECT_FALSE(down->connected);
    device.remove_card();
    device.plug();
    auto up = events.event_at_as<hal::DeviceConnectionChanged>(3);
    ASSERT_TRUE(up);
    EXPECT_TRUE(up->connected);
    device.place_card(citizen_block());
    EXPECT_TRUE(events.event_at_as<hal::CardPlaced>(4));
    reader.stop();
}

// kiosk-diag idcard takes the USB reader by its ids, as a technician would name it.
TEST(UsbBulk, KioskDiagReadsTheUsbReader) {
#ifdef KIOSK_DIAG_BIN
    UsbSamReader device;
    device.place_card(citizen_block());
    const auto dir = std::filesystem::temp_directory_path() / ("usb-diag-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto run = run_diag(KIOSK_DIAG_BIN, "idcard --port usb:1d6b:4673 --wait 5", dir);
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("kiosk-diag idcard: usb:1d6b:4673"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("4406**********0528"), std::string::npos) << run.output;
    EXPECT_EQ(diag_exit("idcard --port usb:1d6b:0001 --wait 0", dir), 3);
    EXPECT_EQ(diag_exit("idcard --port usb:zz", dir), 1);
    std::filesystem::remove_all(dir);
#else
    FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
}

}  // namespace
}  // namespace nanhai::test
