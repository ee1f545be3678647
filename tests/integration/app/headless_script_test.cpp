// The `kiosk` executable driven by headless scripts, as a user runs it: exit codes, reports
// and shots. The scripts' own flows run as ctest tests (headless.*, kiosk/app/CMakeLists.txt);
// these check the runner's contract around them. KIOSK_APP_BIN is defined by
// kiosk/app/CMakeLists.txt when the app is part of the build; without it they are skipped.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/support/platform_process.hpp"

namespace {

namespace fs = std::filesystem;

struct KioskRun {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

std::string read_all(const fs::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class AppHeadlessScript : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_APP_BIN
        FAIL() << "KIOSK_APP_BIN is not defined: kiosk/app/CMakeLists.txt must pass the kiosk binary";
#endif
    }

    KioskRun run_script(const std::string& script, const std::string& extra = "") {
        const fs::path file = fs::path(dir_) / "test.kiosk";
        std::ofstream(file) << script;
#ifdef KIOSK_APP_BIN
        const fs::path out = fs::path(dir_) / "out.txt";
        const std::string command = "TMPDIR=" + dir_ + " KIOSK_PLATFORM_BIN=" + KIOSK_PLATFORM_BIN + " " + KIOSK_APP_BIN +
                                    " --headless --demo " + extra + " --script " + file.string() +
                                    " --shots " + dir_ + "/shots > " + out.string() + " 2>&1";
        const int status = std::system(command.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_all(out)};
#else
        (void)extra;
        return {};
#endif
    }

    nanhai::test::TempDir temp_{"kiosk-app-test"};  // removed with everything in it
    std::string dir_ = temp_.str();
};

TEST_F(AppHeadlessScript, SignInShowsTheMaskedNameAndWritesShots) {
    const KioskRun run = run_script("card insert citizen\nexpect screen signed_in\nexpect text 陈*玲\nshot signed_in\n");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    const fs::path shot = fs::path(dir_) / "shots" / "signed_in.png";
    ASSERT_TRUE(fs::exists(shot)) << run.output;
    EXPECT_EQ(read_all(shot).substr(1, 3), "PNG");
}

TEST_F(AppHeadlessScript, AFailedExpectationNamesTheLineTheExpectationAndTheScreen) {
    const KioskRun run = run_script("# nobody signed in\n\nexpect screen signed_in\n");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.output.find("line 3: expect screen signed_in"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("seen: screen 'home'"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("texts: "), std::string::npos) << run.output;
}

TEST_F(AppHeadlessScript, AnUnknownActionIsRefusedBeforeAnythingRuns) {
    const KioskRun run = run_script("shot first\ntapp home.sign_in\n");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.output.find(":2: unknown action 'tapp'"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(fs::path(dir_) / "shots" / "first.png"));
}

TEST_F(AppHeadlessScript, TappingAWidgetThatIsNotDrawnFails) {
    const KioskRun run = run_script("tap keypad.5\n");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.output.find("no widget 'keypad.5'"), std::string::npos) << run.output;
}

TEST_F(AppHeadlessScript, TheCountdownCoversTheScreenAndTapsDoNotGoThrough) {
    const KioskRun run = run_script("card insert citizen\nwait 95\nexpect text 15\ntap session.finish\n");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.output.find("widget 'session.finish' is disabled"), std::string::npos) << run.output;
}

}  // namespace
