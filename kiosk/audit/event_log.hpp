// The kiosk's tamper-evident event log: JSON lines under <state>/events/, one record an
// event, each sealed into the hash chain (event_chain.hpp): time, event id, severity, role,
// outcome, terminal, device and the event's fields, redacted by category (redaction.hpp)
// before anything is written. After every record the file is flushed to disk and the chain
// head (<state>/chain-head.json, apart from the log) is replaced atomically. A file that
// reaches its size limit is closed and the chain goes on in the next one.
//
// At open, the last record on disk is compared with the chain head: a mismatch (records cut
// off, edited, a head lost) is written as an audit.chain.mismatch alarm, and the chain goes on
// from the last record on disk, so the damage stays visible to `kiosk-diag verify-log`.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/log.hpp"
#include "common/result.hpp"
#include "kiosk/audit/event_catalog.hpp"
#include "kiosk/audit/event_chain.hpp"

namespace nanhai::kiosk::audit {

struct EventLogOptions {
    std::filesystem::path dir;        // <state>/events
    std::filesystem::path head_file;  // <state>/chain-head.json
    std::string terminal;
    std::uint64_t max_file_bytes = 4u << 20;
    std::function<std::chrono::system_clock::time_point()> now;  // default: the system clock
};

struct EventInput {
    LogLevel level = LogLevel::info;
    std::string_view event;
    std::span<const LogField> fields;
    std::optional<Role> role;  // overrides the catalog's (events of the technicians' mode)
};

class EventLog {
public:
    static Result<std::unique_ptr<EventLog>, std::string> open(EventLogOptions options);
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;
    ~EventLog();

    // Thread-safe. Errors: the file or the head could not be written (nothing is half-written:
    // the chain goes on from the last record that reached the disk).
    Result<void, std::string> append(const EventInput& input);
    ChainHead head() const;
    std::vector<std::filesystem::path> files() const;
    // The newest records first, at most `count`, of one device ("" any) and at least a severity.
    std::vector<nlohmann::json> latest(std::size_t count, std::string_view device = {},
                                       std::optional<Severity> at_least = std::nullopt) const;
    // The faults (warnings and alarms) since `since`, oldest first: for the readiness report.
    std::vector<nlohmann::json> faults_since(std::chrono::system_clock::time_point since) const;
    const EventLogOptions& options() const { return options_; }

private:
    explicit EventLog(EventLogOptions options);
    Result<void, std::string> resume();
    Result<void, std::string> append_locked(nlohmann::json record);
    Result<void, std::string> rotate_if_full(std::size_t next_line_bytes);
    Result<void, std::string> open_file(const std::filesystem::path& path);
    nlohmann::json make_record(const EventInput& input) const;
    std::vector<nlohmann::json> read_all() const;

    EventLogOptions options_;
    mutable std::mutex mutex_;
    ChainHead head_;
    std::filesystem::path current_;
    int fd_ = -1;
    std::uint64_t current_bytes_ = 0;
};

// The record as written, for a log line without the chain fields: "alarm device.printer.disconnected ...".
std::string describe_record(const nlohmann::json& record);

}  // namespace nanhai::kiosk::audit
