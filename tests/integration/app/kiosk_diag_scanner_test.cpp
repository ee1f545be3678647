// kiosk-diag scanner against a serial scanner on a pty, as a technician runs it: codes shown
// masked, no scanner, no code within the wait, bad arguments.
#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "tests/support/diag_runner.hpp"
#include "tests/support/platform_process.hpp"

namespace {

using namespace std::chrono_literals;

class KioskDiagScanner : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_DIAG_BIN
        FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
        int slave = -1;
        char name[256] = {};
        ASSERT_EQ(::openpty(&master_, &slave, name, nullptr, nullptr), 0);
        slave_ = slave;
        path_ = name;
    }
    void TearDown() override {
        ::close(master_);
        ::close(slave_);
    }

    nanhai::test::DiagRun diag(const std::string& args) {
#ifdef KIOSK_DIAG_BIN
        return nanhai::test::run_diag(KIOSK_DIAG_BIN, "scanner " + args, dir_);
#else
        (void)args;
        return {};
#endif
    }

    nanhai::test::TempDir temp_{"kiosk-diag-scanner"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::string path_;
    int master_ = -1;
    int slave_ = -1;
};

TEST_F(KioskDiagScanner, ShowsEachCodeMasked) {
    std::atomic<bool> done{false};
    // The scanner keeps sending until kiosk-diag has its code (it flushes the port on open).
    std::thread scanner{[&] {
        const std::string code = "]Q1NH1|A|BK20261203-0042|sig\r\n";
        while (!done) {
            (void)!::write(master_, code.data(), code.size());
            std::this_thread::sleep_for(50ms);
        }
    }};
    const auto run = diag("--driver serial --uri " + path_ + " --wait 20");
    done = true;
    scanner.join();
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("]Q1"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("NH1|…|sig"), std::string::npos) << run.output;
    EXPECT_EQ(run.output.find("BK20261203-0042"), std::string::npos) << "the middle stays hidden";
}

TEST_F(KioskDiagScanner, NoCodeWithinTheWaitIsExitTwo) {
    const auto run = diag("--driver serial --uri " + path_ + " --wait 1");
    EXPECT_EQ(run.exit_code, 2) << run.output;
}

TEST_F(KioskDiagScanner, NoScannerIsExitThree) {
    const auto run = diag("--driver serial --uri /dev/nonexistent-scanner --wait 1");
    EXPECT_EQ(run.exit_code, 3) << run.output;
    EXPECT_NE(run.output.find("no device"), std::string::npos) << run.output;
}

TEST_F(KioskDiagScanner, BadArgumentsAreUsageErrors) {
    EXPECT_EQ(diag("--uri " + path_).exit_code, 1);
    EXPECT_EQ(diag("--driver laser --uri " + path_).exit_code, 1);
    EXPECT_EQ(diag("--driver wedge --uri /tmp/x").exit_code, 1);
}

}  // namespace
