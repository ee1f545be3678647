// The serial (USB CDC) scanner driver through real termios on a pty: the test writes what a
// scanner sends on the pty's master side.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

#include <filesystem>

#include "drivers/scanner/scanner_driver.hpp"
#include "drivers/scanner/serial_code_source.hpp"
#include "drivers/transport/serial_port.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"

namespace nanhai::drivers::scanner {
namespace {

using drivers::test::EventRecorder;
using namespace std::chrono_literals;

// A pty whose slave is reached through a symlink, as a udev rule keeps /dev/scanner; unplug
// closes it, plug makes a new one behind the same link.
class PtyScanner {
public:
    explicit PtyScanner(std::filesystem::path link) : link_{std::move(link)} { plug(); }
    ~PtyScanner() { unplug(); }
    void plug() {
        int slave = -1;
        char name[256] = {};
        ASSERT_EQ(::openpty(&master_, &slave, name, nullptr, nullptr), 0);
        ::close(slave);
        std::filesystem::remove(link_);
        std::filesystem::create_symlink(name, link_);
    }
    void unplug() {
        if (master_ >= 0) ::close(master_);
        master_ = -1;
        std::error_code ignored;
        std::filesystem::remove(link_, ignored);
    }
    void send(std::string_view bytes) { ASSERT_EQ(::write(master_, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size())); }
    const std::filesystem::path& link() const { return link_; }

private:
    std::filesystem::path link_;
    int master_ = -1;
};

std::unique_ptr<ScannerDriver> serial_driver(const std::filesystem::path& path) {
    auto port = std::make_unique<SerialPort>(SerialSettings{path.string(), 115200});
    ScannerOptions options{"scanner-serial", "USB CDC scanner", 100ms, 50ms};
    return std::make_unique<ScannerDriver>(std::make_unique<SerialCodeSource>(std::move(port), 150ms), options);
}

std::vector<hal::CodeScanned> codes(const EventRecorder& events) {
    std::vector<hal::CodeScanned> out;
    for (const auto& e : events.events())
        if (const auto* c = std::get_if<hal::CodeScanned>(&e)) out.push_back(*c);
    return out;
}

class SerialScanner : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = drivers::test::fresh_test_dir("serial-scanner");
        pty_ = std::make_unique<PtyScanner>(dir_ / "scanner");
        driver_ = serial_driver(pty_->link());
        ASSERT_TRUE(driver_->start(events_.sink()));
        ASSERT_TRUE(events_.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    }
    void TearDown() override {
        driver_->stop();
        pty_.reset();
        std::filesystem::remove_all(dir_);
    }

    std::filesystem::path dir_;
    std::unique_ptr<PtyScanner> pty_;
    std::unique_ptr<ScannerDriver> driver_;
    EventRecorder events_;
};

TEST_F(SerialScanner, LinesEndedByCrLfOrLfAreCodesAndTheAimPrefixIsSplit) {
    pty_->send("]Q1NH1|A|BK20261203-0042|sig\r\n");
    pty_->send("NH2026112800017\n");
    ASSERT_TRUE(events_.wait_for<hal::CodeScanned>([](auto& c) { return c.payload == "NH2026112800017"; }));
    const auto got = codes(events_);
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].payload, "NH1|A|BK20261203-0042|sig");
    EXPECT_EQ(got[0].symbology, "]Q1");
    EXPECT_EQ(got[1].symbology, "");
}

TEST_F(SerialScanner, CodeSplitOverManyWritesIsOneCode) {
    pty_->send("NH2026");
    std::this_thread::sleep_for(20ms);  // less than the idle end: still the same code
    pty_->send("112800017\r");
    const auto code = events_.wait_for<hal::CodeScanned>([](auto&) { return true; });
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "NH2026112800017");
}

TEST_F(SerialScanner, NoSuffixStillEndsTheCodeWhenTheLineGoesQuiet) {
    pty_->send("NH2026112800017");
    const auto code = events_.wait_for<hal::CodeScanned>([](auto&) { return true; });
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "NH2026112800017");
}

TEST_F(SerialScanner, OverlongLineIsDroppedAndTheNextCodeCounts) {
    pty_->send(std::string(9000, 'A') + "\r\nGOOD\r\n");
    const auto code = events_.wait_for<hal::CodeScanned>([](auto&) { return true; });
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "GOOD");
    EXPECT_EQ(codes(events_).size(), 1u);
}

TEST_F(SerialScanner, BytesThatAreNotTextAreReportedEmpty) {
    pty_->send("\xFF\xFE\x80\r\n");
    const auto code = events_.wait_for<hal::CodeScanned>([](auto&) { return true; });
    ASSERT_TRUE(code);
    EXPECT_EQ(code->payload, "");  // the core tells the citizen the code cannot be read
}

TEST_F(SerialScanner, UnplugAndReplugAreRecovered) {
    const auto before = events_.count();
    pty_->unplug();
    ASSERT_TRUE(events_.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }, before));
    const auto unplugged = events_.count();
    pty_->plug();
    ASSERT_TRUE(events_.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }, unplugged));
    pty_->send("AFTER\r\n");
    ASSERT_TRUE(events_.wait_for<hal::CodeScanned>([](auto& c) { return c.payload == "AFTER"; }));
}

}  // namespace
}  // namespace nanhai::drivers::scanner
