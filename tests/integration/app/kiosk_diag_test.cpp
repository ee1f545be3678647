// kiosk-diag idcard against the GA/T 467 reader simulator on a pty, as a technician runs it:
// the card read with masked output and timings, and each exit code: no card, no device,
// protocol error, usage.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/support/diag_runner.hpp"
#include "tests/support/ga467_cards.hpp"
#include "tests/support/ga467_device_sim.hpp"
#include "tests/support/platform_process.hpp"

namespace {

namespace fs = std::filesystem;

class KioskDiagIdcard : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_DIAG_BIN
        FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
        sim_ = std::make_unique<nanhai::test::Ga467DeviceSim>(dir_ + "/idcard");
    }

    nanhai::test::DiagRun diag(const std::string& args) {
#ifdef KIOSK_DIAG_BIN
        return nanhai::test::run_diag(KIOSK_DIAG_BIN, args, dir_);
#else
        (void)args;
        return {};
#endif
    }

    nanhai::test::TempDir temp_{"kiosk-diag"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::unique_ptr<nanhai::test::Ga467DeviceSim> sim_;
};

TEST_F(KioskDiagIdcard, ReadsOnceAndPrintsMaskedWithTimings) {
    sim_->place_card(nanhai::test::citizen_block());
    const auto run = diag("idcard --port " + sim_->path() + " --wait 5");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    for (const char* wanted : {"SAM id   05-01-00000012-0000003456-0000007890", "SAM status", "find card", "select card",
                               "read text and photo", "citizen", "陈*玲", "4406**********0528", "2016-03-12 to 2036-03-12",
                               "1024 bytes", "outcome  card read", "total"})
        EXPECT_NE(run.output.find(wanted), std::string::npos) << wanted << " in\n" << run.output;
    EXPECT_EQ(run.output.find("440605198803120528"), std::string::npos) << "never the full number";
    EXPECT_EQ(run.output.find("陈美玲"), std::string::npos) << "never the full name";
}

// The read works, but the card's validity ended in 2025: the technician is told the kiosk would
// refuse it, so a citizen's "my card does not work" is answered at once.
TEST_F(KioskDiagIdcard, AnExpiredCardIsReadAndSaidToBeExpired) {
    sim_->place_card(nanhai::test::citizen_block("20250312"));
    const auto run = diag("idcard --port " + sim_->path() + " --wait 5");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("2016-03-12 to 2025-03-12  EXPIRED: the kiosk refuses this card at sign-in"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("outcome  card read (the card has expired)"), std::string::npos) << run.output;
    sim_->remove_card();
    sim_->place_card(nanhai::test::citizen_block());
    const auto valid = diag("idcard --port " + sim_->path() + " --wait 5");
    EXPECT_EQ(valid.output.find("EXPIRED"), std::string::npos) << valid.output;
}

TEST_F(KioskDiagIdcard, ExitCodesTellWhatWentWrong) {
    EXPECT_EQ(diag("idcard --port " + sim_->path() + " --wait 0").exit_code, 2) << "no card";
    EXPECT_EQ(diag("idcard --port " + dir_ + "/nothing-here --wait 0").exit_code, 3) << "no device";
    sim_->status_for(0x11, 0xFF, 0x60);
    const auto sam = diag("idcard --port " + sim_->path() + " --wait 0");
    EXPECT_EQ(sam.exit_code, 4) << sam.output;
    EXPECT_NE(sam.output.find("sam_self_test_failed"), std::string::npos) << sam.output;
    sim_->clear_statuses();
    sim_->silent(true);
    EXPECT_EQ(diag("idcard --port " + sim_->path() + " --wait 0").exit_code, 3) << "a port that never answers";
    EXPECT_EQ(diag("idcard").exit_code, 1);
    EXPECT_EQ(diag("frobnicate").exit_code, 1);
}

}  // namespace
