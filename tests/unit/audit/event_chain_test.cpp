// The event log's tamper evidence: an edit, a removal, a reorder, an insertion and a truncation
// are each caught and named, also across a rotation boundary; a clean log, a reopened log and
// a log continued after rotation verify.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "kiosk/audit/event_log.hpp"
#include "tests/support/temp_dir.hpp"

namespace nanhai::kiosk::audit {
namespace {

namespace fs = std::filesystem;

struct LogRig {
    test::TempDir dir{"event-chain"};
    EventLogOptions options() const {
        EventLogOptions o;
        o.dir = dir / "events";
        o.head_file = dir / "chain-head.json";
        o.terminal = "NH-KIOSK-0001";
        o.max_file_bytes = max_bytes;
        return o;
    }
    std::uint64_t max_bytes = 4u << 20;
    std::unique_ptr<EventLog> log;

    void open() {
        auto opened = EventLog::open(options());
        ASSERT_TRUE(opened) << opened.error();
        log = std::move(*opened);
    }
    void write(int count) {
        for (int i = 0; i < count; ++i) {
            const std::vector<LogField> fields{{"job", std::to_string(i)}};
            ASSERT_TRUE(log->append({LogLevel::info, "device.printer.job_finished", fields, std::nullopt}));
        }
    }
    std::vector<fs::path> files() const { return log_files_in(dir / "events"); }
    ChainReport verify() const { return verify_chain(files(), read_head(dir / "chain-head.json")); }

    static std::vector<std::string> lines_of(const fs::path& file) {
        std::ifstream in{file};
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        return lines;
    }
    static void write_lines(const fs::path& file, const std::vector<std::string>& lines) {
        std::ofstream out{file, std::ios::trunc};
        for (const auto& line : lines) out << line << "\n";
    }
};

TEST(EventChain, ACleanLogVerifiesAndItsHeadIsTheLastRecord) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto report = rig.verify();
    EXPECT_TRUE(report.intact()) << report.problem->what;
    EXPECT_EQ(report.records, 6u);  // audit.log.opened first
    EXPECT_TRUE(report.head_checked);
    EXPECT_EQ(report.last, rig.log->head());
}

TEST(EventChain, RecordsCarryWhatTheGuideSays) {
    LogRig rig;
    rig.open();
    rig.write(1);
    const auto lines = LogRig::lines_of(rig.files().front());
    ASSERT_EQ(lines.size(), 2u);
    const auto record = nlohmann::json::parse(lines[1]);
    for (const char* key : {"time", "event", "severity", "role", "outcome", "terminal", "device", "fields", "seq", "prev", "hash"})
        EXPECT_TRUE(record.contains(key)) << key;
    EXPECT_EQ(record["event"], "device.printer.job_finished");
    EXPECT_EQ(record["device"], "receipt_printer");
    EXPECT_EQ(record["role"], "system");
    EXPECT_EQ(record["outcome"], "success");
    EXPECT_EQ(record["terminal"], "NH-KIOSK-0001");
    EXPECT_EQ(record["prev"], nlohmann::json::parse(lines[0])["hash"]);
    EXPECT_TRUE(record["time"].get<std::string>().ends_with("+08:00"));
}

TEST(EventChain, AnEditedRecordIsNamed) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    const auto at = lines[3].find("\"job\":\"2\"");
    ASSERT_NE(at, std::string::npos);
    lines[3].replace(at, 9, "\"job\":\"9\"");
    LogRig::write_lines(file, lines);
    const auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->seq, 4u);
    EXPECT_EQ(report.problem->line, 4u);
    EXPECT_NE(report.problem->what.find("edited"), std::string::npos);
}

TEST(EventChain, ARemovedRecordIsNamed) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    lines.erase(lines.begin() + 2);
    LogRig::write_lines(file, lines);
    const auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->seq, 3u);
    EXPECT_NE(report.problem->what.find("record 3 is missing"), std::string::npos) << report.problem->what;
}

TEST(EventChain, ReorderedRecordsAreNamed) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    std::swap(lines[2], lines[3]);
    LogRig::write_lines(file, lines);
    const auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->line, 3u);
    EXPECT_NE(report.problem->what.find("missing"), std::string::npos) << report.problem->what;  // 3 came before 4
}

// A forged record with a valid hash of its own, put between two real ones: its sequence and
// the link of the record after it give it away.
TEST(EventChain, AnInsertedRecordIsNamed) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    const auto before = nlohmann::json::parse(lines[2]);
    auto forged = before;
    forged["fields"] = {{"job", "forged"}};
    const std::string line = seal_record(forged, before["seq"].get<std::uint64_t>() + 1, before["hash"].get<std::string>());
    lines.insert(lines.begin() + 3, line);
    LogRig::write_lines(file, lines);
    const auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->line, 5u) << report.problem->what;  // the real record 4 no longer follows
    EXPECT_NE(report.problem->what.find("reordered or inserted"), std::string::npos) << report.problem->what;
}

TEST(EventChain, ACutTailIsSeenAgainstTheChainHead) {
    LogRig rig;
    rig.open();
    rig.write(5);
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    lines.resize(lines.size() - 2);
    LogRig::write_lines(file, lines);
    const auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_NE(report.problem->what.find("truncated"), std::string::npos) << report.problem->what;
    EXPECT_TRUE(verify_chain(rig.files(), std::nullopt).intact()) << "without the head a cut tail cannot be seen";
}

// Small files: the chain runs over several; each kind of tampering is caught at the boundary.
TEST(EventChain, RotationKeepsTheChainAndTamperingAtTheBoundaryIsCaught) {
    LogRig rig;
    rig.max_bytes = 1500;
    rig.open();
    rig.write(30);
    const auto files = rig.files();
    ASSERT_GE(files.size(), 3u);
    EXPECT_TRUE(rig.verify().intact()) << rig.verify().problem->what;
    const auto second = LogRig::lines_of(files[1]);
    EXPECT_NE(second.front().find("audit.log.rotated"), std::string::npos);

    // The first record of the second file removed.
    auto cut = second;
    cut.erase(cut.begin());
    LogRig::write_lines(files[1], cut);
    auto report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->file, files[1]);
    EXPECT_NE(report.problem->what.find("missing"), std::string::npos);
    LogRig::write_lines(files[1], second);
    EXPECT_TRUE(rig.verify().intact());

    // A whole middle file removed.
    const auto kept = fs::temp_directory_path() / "unused";
    std::vector<fs::path> without{files[0]};
    without.insert(without.end(), files.begin() + 2, files.end());
    report = verify_chain(without, read_head(rig.dir / "chain-head.json"));
    ASSERT_FALSE(report.intact());
    EXPECT_EQ(report.problem->file, files[2]);

    // Files given in the wrong order.
    std::vector<fs::path> swapped = files;
    std::swap(swapped[0], swapped[1]);
    EXPECT_FALSE(verify_chain(swapped, std::nullopt).intact());

    // The last file's tail cut.
    auto last = LogRig::lines_of(files.back());
    last.pop_back();
    LogRig::write_lines(files.back(), last);
    report = rig.verify();
    ASSERT_FALSE(report.intact());
    EXPECT_NE(report.problem->what.find("truncated"), std::string::npos);
}

TEST(EventChain, AReopenedLogContinuesTheChain) {
    LogRig rig;
    rig.open();
    rig.write(3);
    rig.log.reset();
    rig.open();
    rig.write(2);
    const auto report = rig.verify();
    EXPECT_TRUE(report.intact()) << report.problem->what;
    EXPECT_EQ(report.records, 7u);  // two opens, five events
}

TEST(EventChain, AtOpenADisagreeingHeadIsAnAlarmInTheLogItself) {
    LogRig rig;
    rig.open();
    rig.write(3);
    rig.log.reset();
    const auto file = rig.files().front();
    auto lines = LogRig::lines_of(file);
    lines.pop_back();  // someone cut the last record while the kiosk was off
    LogRig::write_lines(file, lines);
    rig.open();
    const auto alarms = rig.log->latest(5, {}, Severity::alarm);
    ASSERT_EQ(alarms.size(), 1u);
    EXPECT_EQ(alarms[0]["event"], "audit.chain.mismatch");
    EXPECT_NE(alarms[0]["fields"]["reason"].get<std::string>().find("chain head says 4"), std::string::npos) << alarms[0].dump();
    // The file chain itself stays consistent from there on; the gap is on record.
    EXPECT_TRUE(verify_chain(rig.files(), std::nullopt).intact());
}

TEST(EventChain, LatestFiltersByDeviceAndSeverityNewestFirst) {
    LogRig rig;
    rig.open();
    const std::vector<LogField> none;
    ASSERT_TRUE(rig.log->append({LogLevel::info, "device.scanner.connected", none, std::nullopt}));
    ASSERT_TRUE(rig.log->append({LogLevel::warning, "device.printer.disconnected", none, std::nullopt}));
    ASSERT_TRUE(rig.log->append({LogLevel::info, "device.printer.connected", none, std::nullopt}));
    const auto printer = rig.log->latest(10, "receipt_printer");
    ASSERT_EQ(printer.size(), 2u);
    EXPECT_EQ(printer[0]["event"], "device.printer.connected");
    const auto alarms = rig.log->latest(10, {}, Severity::alarm);
    ASSERT_EQ(alarms.size(), 1u);
    EXPECT_EQ(alarms[0]["event"], "device.printer.disconnected");
    EXPECT_EQ(rig.log->faults_since(std::chrono::system_clock::now() - std::chrono::hours{24}).size(), 1u);
}

TEST(EventChain, HeadFilesRoundTripAndRefuseGarbage) {
    const ChainHead head{7, std::string(64, 'a'), "events-00000001.jsonl"};
    EXPECT_EQ(head_from_json(head_to_json(head)), head);
    EXPECT_FALSE(head_from_json("{\"seq\": 7}"));
    EXPECT_FALSE(head_from_json("{\"seq\": 7, \"hash\": \"xyz\", \"file\": \"f\"}"));
    EXPECT_FALSE(head_from_json("not json"));
}

}  // namespace
}  // namespace nanhai::kiosk::audit
