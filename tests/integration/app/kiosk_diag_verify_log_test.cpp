// kiosk-diag verify-log as a technician runs it on a kiosk's state directory or on log files:
// exit 0 on an intact chain, 4 with the first bad record named, 1 for bad arguments.
#include <gtest/gtest.h>

#include <fstream>

#include "kiosk/audit/event_log.hpp"
#include "tests/support/diag_runner.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using namespace nanhai;

class KioskDiagVerifyLog : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_DIAG_BIN
        FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
        kiosk::audit::EventLogOptions options;
        options.dir = dir_ / "events";
        options.head_file = dir_ / "chain-head.json";
        options.terminal = "NH-KIOSK-0001";
        options.max_file_bytes = 2000;
        auto log = kiosk::audit::EventLog::open(options);
        ASSERT_TRUE(log) << log.error();
        for (int i = 0; i < 20; ++i) {
            const std::vector<LogField> fields{{"job", std::to_string(i)}};
            ASSERT_TRUE((*log)->append({LogLevel::info, "device.printer.job_finished", fields, std::nullopt}));
        }
    }
    test::DiagRun diag(const std::string& args) {
#ifdef KIOSK_DIAG_BIN
        return test::run_diag(KIOSK_DIAG_BIN, "verify-log " + args, dir_ / "out");
#else
        (void)args;
        return {};
#endif
    }
    std::vector<fs::path> files() const { return kiosk::audit::log_files_in(dir_ / "events"); }

    test::TempDir temp_{"verify-log"};
    fs::path dir_ = temp_.path();
};

TEST_F(KioskDiagVerifyLog, AnIntactStateDirectoryIsExitZero) {
    fs::create_directories(dir_ / "out");
    ASSERT_GE(files().size(), 2u) << "the test spans a rotation";
    const auto run = diag(dir_.string());
    EXPECT_EQ(run.exit_code, 0) << run.output;
    const auto records = kiosk::audit::verify_chain(files(), std::nullopt).records;
    EXPECT_GT(records, 21u) << "20 events, the open, and a rotation record per new file";
    EXPECT_NE(run.output.find("records  " + std::to_string(records) + "\n"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("outcome  intact"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("chain-head.json"), std::string::npos) << run.output;
}

TEST_F(KioskDiagVerifyLog, AnEditedRecordIsNamedWithItsFileLineAndNumber) {
    fs::create_directories(dir_ / "out");
    const auto file = files().front();
    std::ifstream in{file};
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    in.close();
    const auto at = lines[2].find("\"job\":\"1\"");
    ASSERT_NE(at, std::string::npos);
    lines[2].replace(at, 9, "\"job\":\"7\"");
    std::ofstream out{file, std::ios::trunc};
    for (const auto& line : lines) out << line << "\n";
    out.close();
    std::string args;
    for (const auto& f : files()) args += " " + f.string();
    const auto run = diag("--head " + (dir_ / "chain-head.json").string() + args);
    EXPECT_EQ(run.exit_code, 4) << run.output;
    EXPECT_NE(run.output.find(file.string() + " line 3, record 3: its hash does not match its contents (edited)"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("outcome  broken"), std::string::npos);
}

TEST_F(KioskDiagVerifyLog, ACutTailIsExitFour) {
    fs::create_directories(dir_ / "out");
    const auto last = files().back();
    fs::resize_file(last, 0);
    const auto run = diag(dir_.string());
    EXPECT_EQ(run.exit_code, 4) << run.output;
    EXPECT_NE(run.output.find("truncated"), std::string::npos) << run.output;
}

TEST_F(KioskDiagVerifyLog, BadArgumentsAreExitOne) {
    fs::create_directories(dir_ / "out");
    EXPECT_EQ(diag("").exit_code, 1);
    EXPECT_EQ(diag("--frobnicate " + dir_.string()).exit_code, 1);
    std::ofstream{dir_ / "bad-head.json"} << "{}";
    EXPECT_EQ(diag("--head " + (dir_ / "bad-head.json").string() + " " + files().front().string()).exit_code, 4);
}

}  // namespace
