// The control channel over a real AF_UNIX connection: commands change the devices and produce
// their events, errors are replied and change nothing, the socket file is handled with care.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "kiosk/devices/device_factory.hpp"
#include "sim_test_support.hpp"

namespace nanhai::drivers {
namespace {

using test::ControlClient;
using test::EventRecorder;
using kiosk::devices::make_devices;

class SimControlSocketTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = test::fresh_test_dir("sim-control");
        socket_path = dir / "control.sock";
        SimReceiptPrinterOptions options;
        options.output_dir = dir / "receipts";
        printer = std::make_unique<SimReceiptPrinter>(std::move(options));
        ASSERT_TRUE(reader.start(events.sink()));
        ASSERT_TRUE(scanner.start(events.sink()));
        ASSERT_TRUE(printer->start(events.sink()));
        auto started = SimControlServer::start(socket_path, {&reader, &scanner, printer.get()});
        ASSERT_TRUE(started) << started.error();
        server = std::move(*started);
    }
    void TearDown() override {
        server.reset();  // before the devices it calls
        printer.reset();
        if (!HasFailure()) std::filesystem::remove_all(dir);
    }

    std::filesystem::path dir;
    std::filesystem::path socket_path;
    EventRecorder events;
    SimIdentityReader reader;
    SimCodeScanner scanner;
    std::unique_ptr<SimReceiptPrinter> printer;
    std::unique_ptr<SimControlServer> server;
};

TEST_F(SimControlSocketTest, CardCommandsDriveTheReader) {
    ControlClient client{socket_path};
    ASSERT_TRUE(client.connected());
    EXPECT_EQ(client.command("card insert citizen"), "ok card inserted citizen");
    auto placed = events.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).name.str(), "陈美玲");
    EXPECT_EQ(client.command("card remove"), "ok card removed");
    EXPECT_TRUE(events.event_at_as<hal::CardRemoved>(1));
    EXPECT_EQ(client.command("card pull-mid-read enterprise"),
              "ok card pulled mid-read enterprise");
    auto failed = events.event_at_as<hal::CardReadFailed>(2);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_removed);
}

TEST_F(SimControlSocketTest, ScanAndPrinterCommands) {
    ControlClient client{socket_path};
    EXPECT_EQ(client.command("scan NHID:1:abc def"), "ok scanned");
    auto scanned = events.event_at_as<hal::CodeScanned>(0);
    ASSERT_TRUE(scanned);
    EXPECT_EQ(scanned->payload, "NHID:1:abc def");
    EXPECT_EQ(client.command("printer cover-open"), "ok printer cover-open");
    auto changed = events.event_at_as<hal::PrinterStatusChanged>(1);
    ASSERT_TRUE(changed);
    EXPECT_TRUE(changed->status.cover_open);
    EXPECT_TRUE(printer->status().cover_open);
    EXPECT_EQ(client.command("printer ok"), "ok printer ok");
    EXPECT_TRUE(events.event_at_as<hal::PrinterStatusChanged>(2));
    EXPECT_FALSE(printer->status().cover_open);
}

TEST_F(SimControlSocketTest, StatusDescribesEveryDevice) {
    ControlClient client{socket_path};
    EXPECT_EQ(client.command("card insert technician"), "ok card inserted technician");
    EXPECT_EQ(client.command("printer paper-low"), "ok printer paper-low");
    EXPECT_EQ(client.command("status"),
              "ok reader=ready card=present:technician scanner=ready printer=ready paper=low "
              "cover=closed jobs=0");
}

TEST_F(SimControlSocketTest, ErrorsAreRepliedAndChangeNothing) {
    ControlClient client{socket_path};
    const std::string unknown_card = client.command("card insert nobody");
    EXPECT_EQ(unknown_card.rfind("error unknown card 'nobody'", 0), 0u) << unknown_card;
    EXPECT_EQ(client.command("card remove"), "error no card in the reader");
    EXPECT_EQ(client.command("eject everything").rfind("error unknown command 'eject'", 0), 0u);
    EXPECT_EQ(client.command("printer jammed"),
              "error usage: printer ok|paper-low|paper-out|cover-open");
    EXPECT_EQ(client.command(""), "error empty command");
    EXPECT_EQ(client.command("status"),
              "ok reader=ready card=none scanner=ready printer=ready paper=ok cover=closed jobs=0");
    EXPECT_EQ(client.command("scan marker"), "ok scanned");
    EXPECT_TRUE(events.event_at_as<hal::CodeScanned>(0));
    EXPECT_EQ(events.count(), 1u) << "the failed commands produced no events";
}

TEST_F(SimControlSocketTest, PipelinedCommandsAreAnsweredInOrder) {
    ControlClient client{socket_path};
    ASSERT_TRUE(client.send_raw("card insert citizen\r\nscan one\nstatus\n"));
    EXPECT_EQ(client.read_line(), "ok card inserted citizen");
    EXPECT_EQ(client.read_line(), "ok scanned");
    EXPECT_EQ(client.read_line().rfind("ok reader=ready card=present:citizen", 0), 0u);
}

TEST_F(SimControlSocketTest, ALastLineWithoutNewlineIsAnsweredAtEndOfInput) {
    ControlClient client{socket_path};
    ASSERT_TRUE(client.send_raw("scan last"));
    client.finish_sending();
    EXPECT_EQ(client.read_line(), "ok scanned");
    EXPECT_EQ(client.read_line(), "<closed>");
}

TEST_F(SimControlSocketTest, OverlongLinesCloseTheConnectionOthersKeepWorking) {
    ControlClient rude{socket_path};
    ASSERT_TRUE(rude.send_raw(std::string(10000, 'x')));
    EXPECT_EQ(rude.read_line(), "error line too long");
    ControlClient polite{socket_path};
    EXPECT_EQ(polite.command("scan fine"), "ok scanned");
}

TEST_F(SimControlSocketTest, SocketIsPrivateAndRemovedOnStop) {
    struct stat info {};
    ASSERT_EQ(::stat(socket_path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    server->stop();
    EXPECT_FALSE(std::filesystem::exists(socket_path));
}

TEST_F(SimControlSocketTest, ALiveServerIsNotReplaced) {
    auto second = SimControlServer::start(socket_path, {&reader, nullptr, nullptr});
    ASSERT_FALSE(second);
    EXPECT_NE(second.error().find("another process is serving"), std::string::npos);
    ControlClient client{socket_path};
    EXPECT_EQ(client.command("scan still-first"), "ok scanned");
}

TEST(SimControlServer, AStaleSocketFileIsReplacedAnOrdinaryFileIsNot) {
    const auto dir = test::fresh_test_dir("sim-control-files");
    const auto stale = dir / "stale.sock";
    {
        auto first = SimControlServer::start(stale, {});
        ASSERT_TRUE(first) << first.error();
        // Simulate a crash: the file stays behind without a listener.
        (*first)->stop();
    }
    // stop() removed it; recreate a dead socket file by binding without listening.
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, stale.c_str(), sizeof address.sun_path - 1);
        ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        ::close(fd);
    }
    ASSERT_TRUE(std::filesystem::is_socket(stale));
    auto replaced = SimControlServer::start(stale, {});
    ASSERT_TRUE(replaced) << replaced.error();
    ControlClient client{stale};
    EXPECT_EQ(client.command("status"), "ok no simulated devices");

    const auto ordinary = dir / "notes.txt";
    std::ofstream{ordinary} << "keep me";
    auto refused = SimControlServer::start(ordinary, {});
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().find("not a socket"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(ordinary));
    replaced->reset();
    std::filesystem::remove_all(dir);
}

TEST(SimControlFactory, MakeDevicesOpensTheConfiguredSocket) {
    const auto dir = test::fresh_test_dir("sim-control-factory");
    EventRecorder events;  // outlives the devices
    kiosk::KioskConfig config;
    config.sim_control_socket = (dir / "kiosk-sim.sock").string();
    config.receipt_printer.sim_output_dir = (dir / "receipts").string();
    {
        auto unowned = make_devices(config, nullptr);
        ASSERT_TRUE(unowned) << unowned.error();
        EXPECT_FALSE(std::filesystem::exists(config.sim_control_socket))
            << "without SimDevices nobody could own the server";
    }
    SimDevices sim;
    auto devices = make_devices(config, &sim);
    ASSERT_TRUE(devices) << devices.error();
    ASSERT_TRUE(sim.control_server);
    ASSERT_TRUE(devices->identity_reader->start(events.sink()));
    ControlClient client{config.sim_control_socket};
    EXPECT_EQ(client.command("card insert enterprise"), "ok card inserted enterprise");
    auto placed = events.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::CertificateCard>(placed->document).credit_code.str(),
              "91440605MA4W00003K");
    EXPECT_EQ(client.command("scan x"), "error scanner not started");
    sim.control_server.reset();  // before the DeviceSet, as the app does
    devices->identity_reader->stop();
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace nanhai::drivers
