// After every scripted citizen flow run by the real kiosk (headless, demo platform, simulated
// devices), nothing the kiosk wrote holds a demo citizen's full ID number, full name or
// address: not the event log, not the chain head, not the device counters, not stderr, not
// what journald received (a datagram socket standing in for /run/systemd/journal/socket), nor
// the platform's record of personal data access (art. 23), which has rows for every run. The
// chain of each run verifies. Printed receipts (PNG) and the platform's own database are the
// applicant's asked-for paper and the platform's records, and are not the kiosk's to scrub.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "kiosk/audit/event_chain.hpp"
#include "tests/support/platform_process.hpp"

namespace {

namespace fs = std::filesystem;

// Full values of the demo cards (drivers/sim/demo_cards.cpp) that must never be at rest.
constexpr const char* kForbidden[] = {
    "440605198803120528", "440605199206300621", "440605198506154318", "81000019920515003X", "944826198507210128",
    "陈美玲", "何嘉欣", "黄志强", "梁家豪", "艾玛·史密斯", "SMITH, EMMA", "梁志明",
    "南海大道北88号", "广佛路28号", "博爱路6号", "灯湖东路1号",
};

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A journald stand-in: collects every datagram until stopped.
class FakeJournal {
public:
    explicit FakeJournal(const fs::path& path) {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
        bound_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        timeval slice{0, 100'000};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &slice, sizeof slice);
        thread_ = std::thread{[this] {
            char buffer[65536];
            while (!stop_) {
                const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
                if (n <= 0) continue;
                std::lock_guard lock{mutex_};
                datagrams_.emplace_back(buffer, static_cast<std::size_t>(n));
            }
        }};
    }
    ~FakeJournal() {
        stop_ = true;
        thread_.join();
        ::close(fd_);
    }
    bool bound() const { return bound_; }
    std::vector<std::string> datagrams() {
        std::lock_guard lock{mutex_};
        return datagrams_;
    }

private:
    int fd_ = -1;
    bool bound_ = false;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::vector<std::string> datagrams_;
    std::thread thread_;
};

class PersonalDataAtRest : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_APP_BIN
        FAIL() << "KIOSK_APP_BIN is not defined: kiosk/app/CMakeLists.txt must pass the kiosk binary";
#endif
        auto config = nlohmann::json::parse(read_all(fs::path{KIOSK_SOURCE_DIR} / "config" / "kiosk.demo.json"));
        config["audit"] = {{"journal_socket", (dir_ / "journal.sock").string()}};
        std::ofstream{dir_ / "kiosk.json"} << config.dump(2);
    }

    int run(const std::string& script, const fs::path& state, std::string& output) {
#ifdef KIOSK_APP_BIN
        const fs::path out = state.string() + ".out";
        const std::string command = "TMPDIR=" + dir_.string() + " KIOSK_PLATFORM_BIN=" + KIOSK_PLATFORM_BIN + " " + KIOSK_APP_BIN +
                                    " --headless --demo --config " + (dir_ / "kiosk.json").string() + " --state-dir " + state.string() +
                                    " --script " + (fs::path{KIOSK_SOURCE_DIR} / "tests" / "scripts" / (script + ".kiosk")).string() +
                                    " --shots " + (state / "shots").string() + " > " + out.string() + " 2>&1";
        const int status = std::system(command.c_str());
        output = read_all(out);
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#else
        (void)script, (void)state, (void)output;
        return -1;
#endif
    }

    // Every text file the kiosk wrote (not the platform's database, not images of paper).
    static std::vector<fs::path> kiosk_files(const fs::path& state) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::recursive_directory_iterator{state}) {
            if (!entry.is_regular_file()) continue;
            const auto name = entry.path().filename().string();
            const auto ext = entry.path().extension().string();
            if (name.starts_with("demo.db") || ext == ".png" || ext == ".bin" || name == "platform.log" || name == "platform.port") continue;
            files.push_back(entry.path());
        }
        return files;
    }

    // Every row of the platform's personal_data_access table, as text.
    static std::vector<std::string> access_rows(const fs::path& db_file) {
        std::vector<std::string> rows;
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return rows;
        }
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT * FROM personal_data_access", -1, &stmt, nullptr) == SQLITE_OK)
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                std::string row;
                for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                    if (const auto* text = sqlite3_column_text(stmt, i)) row += std::string{reinterpret_cast<const char*>(text)} + "|";
                rows.push_back(row);
            }
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return rows;
    }

    nanhai::test::TempDir temp_{"kiosk-privacy"};
    fs::path dir_ = temp_.path();
};

TEST_F(PersonalDataAtRest, NoFullIdNumberNameOrAddressAfterEveryCitizenFlow) {
    FakeJournal journal{dir_ / "journal.sock"};
    ASSERT_TRUE(journal.bound());
    std::size_t records = 0;
    std::size_t access_rows_seen = 0;
    for (const char* script : {"sign_in", "expired_card", "blacklist_appeal", "case_query", "booking", "paper_out", "check_in",
                               "consult", "guides_evaluate", "platform_outage", "countdown"}) {
        SCOPED_TRACE(script);
        const fs::path state = dir_ / script;
        std::string output;
        ASSERT_EQ(run(script, state, output), 0) << output;
        for (const char* value : kForbidden) EXPECT_EQ(output.find(value), std::string::npos) << "stderr holds " << value;
        const auto files = kiosk_files(state);
        EXPECT_TRUE(std::any_of(files.begin(), files.end(), [](const fs::path& f) { return f.filename() == "chain-head.json"; }));
        for (const auto& file : files) {
            const std::string text = read_all(file);
            for (const char* value : kForbidden) EXPECT_EQ(text.find(value), std::string::npos) << file << " holds " << value;
        }
        const auto report = nanhai::kiosk::audit::verify_chain(nanhai::kiosk::audit::log_files_in(state / "events"),
                                                               nanhai::kiosk::audit::read_head(state / "chain-head.json"));
        EXPECT_TRUE(report.intact()) << report.problem->what;
        records += report.records;
        const auto rows = access_rows(state / "demo.db");
        access_rows_seen += rows.size();
        for (const auto& row : rows)
            for (const char* value : kForbidden) EXPECT_EQ(row.find(value), std::string::npos) << "platform audit row holds " << value;
    }
    EXPECT_GT(records, 50u);
    EXPECT_GT(access_rows_seen, 20u) << "the platform recorded the reads and changes";
    const auto datagrams = journal.datagrams();
    EXPECT_GT(datagrams.size(), 50u) << "journald received the events";
    for (const auto& datagram : datagrams)
        for (const char* value : kForbidden) EXPECT_EQ(datagram.find(value), std::string::npos) << "journald got " << value;
}

}  // namespace
