// The simulated identity reader and code scanner as the app sees them: started with a sink,
// driven by their control calls, events checked in order. Plus the device factory.
#include <gtest/gtest.h>

#include "kiosk/devices/device_factory.hpp"
#include "drivers/sim/demo_cards.hpp"
#include "sim_test_support.hpp"

namespace nanhai::drivers {
namespace {

using test::EventRecorder;
using kiosk::devices::make_devices;

class SimReaderTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(reader.start(events.sink())); }
    EventRecorder events;
    SimIdentityReader reader;
};

hal::DeviceErrorKind failure_kind(const hal::CardReadFailed& failed) {
    return failed.error.kind;
}

TEST_F(SimReaderTest, EveryDemoCardIsPlacedThenRemoved) {
    std::size_t index = 0;
    for (auto name : demo_card_names()) {
        SCOPED_TRACE(std::string{name});
        ASSERT_TRUE(reader.insert(name));
        auto placed = events.event_at_as<hal::CardPlaced>(index++);
        ASSERT_TRUE(placed);
        const bool certificate = name == "enterprise" || name == "technician";
        EXPECT_EQ(std::holds_alternative<hal::CertificateCard>(placed->document), certificate);
        EXPECT_EQ(reader.card_state(), "present " + std::string{name});
        ASSERT_TRUE(reader.remove());
        EXPECT_TRUE(events.event_at_as<hal::CardRemoved>(index++));
        EXPECT_EQ(reader.card_state(), "none");
    }
    EXPECT_EQ(index, 14u);
}

TEST_F(SimReaderTest, CitizenCardCarriesTheDemoCitizen) {
    ASSERT_TRUE(reader.insert("citizen"));
    auto placed = events.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    const auto& card = std::get<hal::ResidentIdCard>(placed->document);
    EXPECT_EQ(card.name.str(), "陈美玲");
    EXPECT_EQ(card.id_number.str(), "440605198803120528");
}

TEST_F(SimReaderTest, PullMidReadReportsCardRemovedAndLeavesTheSlotEmpty) {
    ASSERT_TRUE(reader.pull_mid_read("hk-permit"));
    auto failed = events.event_at_as<hal::CardReadFailed>(0);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failure_kind(*failed), hal::DeviceErrorKind::card_removed);
    EXPECT_EQ(reader.card_state(), "none");
    EXPECT_FALSE(reader.remove()) << "nothing left to remove";
}

TEST_F(SimReaderTest, RemovingDuringTheReadDelayIsAPulledRead) {
    reader.set_read_delay(std::chrono::minutes{10});  // the read cannot complete in this test
    ASSERT_TRUE(reader.insert("citizen"));
    EXPECT_EQ(reader.state(), hal::DeviceState::busy);
    EXPECT_EQ(reader.card_state(), "reading citizen");
    ASSERT_TRUE(reader.remove());
    reader.set_read_delay(std::chrono::milliseconds{0});
    ASSERT_TRUE(reader.insert("expired"));  // a marker event: everything before it has arrived
    auto failed = events.event_at_as<hal::CardReadFailed>(0);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failure_kind(*failed), hal::DeviceErrorKind::card_removed);
    auto placed = events.event_at_as<hal::CardPlaced>(1);
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).valid_to.str(), "2024-06-30");
    EXPECT_EQ(events.count(), 2u);
}

TEST_F(SimReaderTest, AReadWithADelayCompletesOnTheReadersThread) {
    reader.set_read_delay(std::chrono::milliseconds{30});
    ASSERT_TRUE(reader.insert("foreign-pr"));
    auto placed = events.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).type, hal::CardType::foreign_pr_2023);
    EXPECT_NE(events.threads().at(0), std::this_thread::get_id());
    EXPECT_EQ(reader.state(), hal::DeviceState::ready);
}

TEST_F(SimReaderTest, UnknownCardNamesAreClearErrorsThatChangeNothing) {
    auto inserted = reader.insert("nobody");
    ASSERT_FALSE(inserted);
    EXPECT_NE(inserted.error().find("unknown card 'nobody'"), std::string::npos);
    EXPECT_NE(inserted.error().find("citizen"), std::string::npos) << "lists the known cards";
    auto pulled = reader.pull_mid_read("nobody");
    ASSERT_FALSE(pulled);
    EXPECT_NE(pulled.error().find("unknown card"), std::string::npos);
    EXPECT_EQ(reader.card_state(), "none");
    ASSERT_TRUE(reader.insert("blacklisted"));
    EXPECT_TRUE(events.event_at_as<hal::CardPlaced>(0));
    EXPECT_EQ(events.count(), 1u);
}

TEST_F(SimReaderTest, OneCardAtATime) {
    ASSERT_TRUE(reader.insert("citizen"));
    auto second = reader.insert("enterprise");
    ASSERT_FALSE(second);
    EXPECT_NE(second.error().find("already"), std::string::npos);
    EXPECT_FALSE(reader.pull_mid_read("enterprise"));
    EXPECT_EQ(reader.card_state(), "present citizen");
}

TEST(SimReader, ControlCallsBeforeStartAreRefused) {
    SimIdentityReader reader;
    EXPECT_EQ(reader.state(), hal::DeviceState::stopped);
    auto inserted = reader.insert("citizen");
    ASSERT_FALSE(inserted);
    EXPECT_EQ(inserted.error(), "reader not started");
}

TEST(SimReader, StartTwiceIsAnErrorAndStopIsIdempotent) {
    EventRecorder events;  // outlives the device that calls it
    SimIdentityReader reader;
    ASSERT_TRUE(reader.start(events.sink()));
    EXPECT_FALSE(reader.start(events.sink()));
    reader.stop();
    reader.stop();
    EXPECT_EQ(reader.state(), hal::DeviceState::stopped);
}

TEST(SimReader, SelfTestChecksTheCardTableAndTheThread) {
    EventRecorder events;
    SimIdentityReader reader;
    EXPECT_FALSE(reader.self_test().passed()) << "a stopped reader is not ready";
    ASSERT_TRUE(reader.start(events.sink()));
    auto report = reader.self_test();
    EXPECT_TRUE(report.passed());
    ASSERT_EQ(report.steps.size(), 2u);
    EXPECT_EQ(report.steps[0].name, "card table loaded");
    EXPECT_EQ(report.device.driver, "sim");
}

TEST(SimScanner, ScansArriveInOrderAsQrCodesFromTheScannersThread) {
    EventRecorder events;
    SimCodeScanner scanner;
    ASSERT_TRUE(scanner.start(events.sink()));
    ASSERT_TRUE(scanner.scan("NHID:1:abc"));
    ASSERT_TRUE(scanner.scan("预约码 A-0001"));
    ASSERT_TRUE(scanner.scan("https://zwfw.nanhai.example/c/NH2026112800017"));
    auto first = events.event_at_as<hal::CodeScanned>(0);
    auto second = events.event_at_as<hal::CodeScanned>(1);
    auto third = events.event_at_as<hal::CodeScanned>(2);
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(first->payload, "NHID:1:abc");
    EXPECT_EQ(first->symbology, "]Q1");
    EXPECT_EQ(second->payload, "预约码 A-0001");
    EXPECT_EQ(third->payload, "https://zwfw.nanhai.example/c/NH2026112800017");
    EXPECT_NE(events.threads().at(0), std::this_thread::get_id());
}

TEST(SimScanner, EmptyTextAndStoppedScannerAreErrors) {
    EventRecorder events;
    SimCodeScanner scanner;
    EXPECT_FALSE(scanner.scan("x"));
    ASSERT_TRUE(scanner.start(events.sink()));
    EXPECT_FALSE(scanner.scan(""));
    auto report = scanner.self_test();
    EXPECT_TRUE(report.passed()) << report.steps.at(0).detail;
}

TEST(DeviceFactory, DefaultConfigGivesThreeSimulatedDevicesWithHandles) {
    kiosk::KioskConfig config;
    SimDevices sim;
    auto devices = make_devices(config, &sim);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_EQ(devices->all().size(), 3u);
    EXPECT_EQ(sim.identity_reader, devices->identity_reader.get());
    EXPECT_EQ(sim.code_scanner, devices->code_scanner.get());
    EXPECT_EQ(sim.receipt_printer, devices->receipt_printer.get());
    EXPECT_FALSE(sim.control_server) << "no socket configured";
    for (auto* device : devices->all()) EXPECT_EQ(device->info().driver, "sim");
}

TEST(DeviceFactory, UnknownDriversAreClearErrors) {
    kiosk::KioskConfig config;
    config.receipt_printer.driver = "escpos-usb";
    auto devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_EQ(devices.error(),
              "receipt_printer: driver \"escpos-usb\" is not available in this build "
              "(available: sim, escpos)");
    config = kiosk::KioskConfig{};
    config.identity_reader.driver = "ga467-hid";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_EQ(devices.error(), "identity_reader: driver \"ga467-hid\" is not available in this build "
                               "(available: sim, ga467-serial, ga467-usb)");
    config.identity_reader.driver = "ga467-serial";  // without its port
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("identity_reader.uri"), std::string::npos);
    config.identity_reader.uri = "/dev/ttyUSB0";
    config.identity_reader.baud = 12345;
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("identity_reader.baud"), std::string::npos);
}

TEST(DeviceFactory, Ga467OverUsbAndThePhotoDecoderComeFromTheConfig) {
    kiosk::KioskConfig config;
    config.identity_reader.driver = "ga467-usb";
    config.identity_reader.uri = "/dev/ttyUSB0";
    auto devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_EQ(devices.error(), "identity_reader.uri: \"/dev/ttyUSB0\" is not usb:VVVV:PPPP[:SERIAL]");
    config.identity_reader.uri = "usb:1d6b:4673";
    devices = make_devices(config, nullptr);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_EQ(devices->identity_reader->info().driver, "ga467-usb");
    EXPECT_EQ(devices->identity_reader->info().location, "usb:1d6b:4673");
    config.identity_reader.photo_decoder = "/nonexistent/libwlt.so";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("identity_reader.photo_decoder: photo decoder /nonexistent/libwlt.so cannot be loaded"),
              std::string::npos) << devices.error();
}

TEST(DeviceFactory, CertificateReaderIsOptionalAndNeedsReadableCas) {
    kiosk::KioskConfig config;
    auto devices = make_devices(config, nullptr);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_FALSE(devices->certificate_reader) << "\"none\" by default";
    config.certificate_reader.driver = "pcsc";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("at least one CA certificate"), std::string::npos) << devices.error();
    config.certificate_reader.enterprise_ca_files = {"/nonexistent/ca.pem"};
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_EQ(devices.error(), "certificate_reader: /nonexistent/ca.pem: cannot be read");
    config.certificate_reader.driver = "pkcs11";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("available: none, pcsc"), std::string::npos);
}

TEST(DeviceFactory, PaperWidthSelectsTheRaster) {
    kiosk::KioskConfig config;
    config.receipt_printer.paper_width_mm = 58;
    auto devices = make_devices(config, nullptr);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_NE(devices->receipt_printer->info().model.find("384"), std::string::npos);
    config.receipt_printer.paper_width_mm = 76;
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("paper_width_mm"), std::string::npos);
}

TEST(DeviceFactory, EscposPrinterTransportComesFromTheUri) {
    kiosk::KioskConfig config;
    config.receipt_printer.driver = "escpos";
    const std::pair<const char*, const char*> cases[] = {{"tcp://192.0.2.7:9100", "escpos-tcp"},
                                                         {"/dev/usb/lp0", "escpos-lp"},
                                                         {"usb:0416:5011", "escpos-usb"}};
    for (auto [uri, driver] : cases) {
        config.receipt_printer.uri = uri;
        auto devices = make_devices(config, nullptr);
        ASSERT_TRUE(devices) << devices.error();
        EXPECT_EQ(devices->receipt_printer->info().driver, driver);
        EXPECT_EQ(devices->receipt_printer->info().location, uri);
    }
    config.receipt_printer.uri = "lpt1";
    auto devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("receipt_printer.uri"), std::string::npos) << devices.error();
    config.receipt_printer.uri = "tcp://printer:99999";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("port must be 1..65535"), std::string::npos) << devices.error();
    config.receipt_printer.uri = "tcp://printer";
    config.receipt_printer.strategy = "raster";
    devices = make_devices(config, nullptr);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_EQ(devices->receipt_printer->info().location, "tcp://printer:9100");
    EXPECT_NE(devices->receipt_printer->info().model.find("raster"), std::string::npos);
}

TEST(DeviceFactory, RealScannersComeFromDriverAndUri) {
    kiosk::KioskConfig config;
    const std::tuple<const char*, const char*, const char*> cases[] = {
        {"serial", "/dev/ttyACM0", "scanner-serial"},
        {"hid-pos", "usb:0c2e:0b61", "scanner-hid-pos"},
        {"wedge", "/dev/input/by-id/usb-scanner-event-kbd", "scanner-wedge"},
        {"camera", "/dev/video0", "scanner-camera"}};
    for (auto [driver, uri, name] : cases) {
        config.code_scanner.driver = driver;
        config.code_scanner.uri = uri;
        auto devices = make_devices(config, nullptr);
        ASSERT_TRUE(devices) << devices.error();
        EXPECT_EQ(devices->code_scanner->info().driver, name);
        EXPECT_EQ(devices->code_scanner->info().location.rfind(uri, 0), 0u) << devices->code_scanner->info().location;
    }
    config.code_scanner.driver = "hid-pos";
    config.code_scanner.uri = "/dev/hidraw0";
    auto devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("code_scanner.uri"), std::string::npos) << devices.error();
    config.code_scanner.driver = "laser";
    devices = make_devices(config, nullptr);
    ASSERT_FALSE(devices);
    EXPECT_NE(devices.error().find("available: sim, serial, hid-pos, wedge, camera"), std::string::npos) << devices.error();
}

}  // namespace
}  // namespace nanhai::drivers
