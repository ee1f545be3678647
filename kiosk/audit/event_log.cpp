// The event log writer (see event_log.hpp). It never calls log_event(): it runs inside the log
// sink, and a failure is reported on stderr and as the caller's error.
#include "kiosk/audit/event_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "common/civil_date.hpp"
#include "kiosk/audit/redaction.hpp"

namespace nanhai::kiosk::audit {
namespace {

namespace fs = std::filesystem;

Severity severity_from_level(LogLevel level) {
    switch (level) {
        case LogLevel::error: return Severity::alarm;
        case LogLevel::warning: return Severity::warning;
        default: return Severity::normal;
    }
}

// "2026-12-04T10:15:02.123+08:00": China time to the millisecond.
std::string format_time(std::chrono::system_clock::time_point at) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(at);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at - seconds).count();
    std::string text = format_iso_instant(Instant{seconds});
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(ms));
    text.insert(text.size() - 6, fraction);  // before "+08:00"
    return text;
}

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const auto n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

// The last complete record of a file, if any.
std::optional<nlohmann::json> last_record(const fs::path& file) {
    std::ifstream in{file, std::ios::binary};
    std::string line, last;
    while (std::getline(in, line))
        if (!line.empty()) last = line;
    if (last.empty()) return std::nullopt;
    auto json = nlohmann::json::parse(last, nullptr, false);
    if (!json.is_object()) return std::nullopt;
    return json;
}

Severity severity_of(const nlohmann::json& record) {
    return parse_severity(record.value("severity", std::string{})).value_or(Severity::normal);
}

}  // namespace

EventLog::EventLog(EventLogOptions options) : options_{std::move(options)} {
    if (!options_.now) options_.now = [] { return std::chrono::system_clock::now(); };
}

EventLog::~EventLog() {
    if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<EventLog>, std::string> EventLog::open(EventLogOptions options) {
    std::unique_ptr<EventLog> log{new EventLog{std::move(options)}};
    std::error_code ec;
    fs::create_directories(log->options_.dir, ec);
    if (ec) return fail(log->options_.dir.string() + ": " + ec.message());
    if (auto resumed = log->resume(); !resumed) return fail(resumed.error());
    return log;
}

// Continues the chain from the last record on disk, and says so when the head disagrees.
Result<void, std::string> EventLog::resume() {
    const auto files = log_files_in(options_.dir);
    const auto recorded = read_head(options_.head_file);
    std::optional<std::string> mismatch;
    if (!files.empty()) {
        const auto last = last_record(files.back());
        if (last && last->contains("seq") && (*last)["seq"].is_number_unsigned() && last->contains("hash"))
            head_ = ChainHead{(*last)["seq"].get<std::uint64_t>(), last->value("hash", kGenesisHash), files.back().filename().string()};
        else if (!last && files.size() == 1 && fs::file_size(files.back()) == 0)
            head_ = ChainHead{};
        else
            mismatch = "the last log file ends in a damaged record";
        if (!recorded) mismatch = "the chain head is missing";
        else if (!mismatch && !(*recorded == head_) && recorded->seq >= head_.seq) mismatch = "the log ends at record " + std::to_string(head_.seq) + ", the chain head says " + std::to_string(recorded->seq);
        if (auto opened = open_file(files.back()); !opened) return opened;
    } else if (recorded && recorded->seq > 0) {
        mismatch = "the log files are gone; the chain head says " + std::to_string(recorded->seq) + " records";
    }
    std::lock_guard lock{mutex_};
    std::vector<LogField> fields{{"files", std::to_string(files.size())}, {"seq", std::to_string(head_.seq)}};
    if (auto opened = append_locked(make_record({LogLevel::info, "audit.log.opened", fields, Role::system})); !opened) return opened;
    if (mismatch) {
        const std::vector<LogField> why{{"reason", *mismatch}};
        return append_locked(make_record({LogLevel::error, "audit.chain.mismatch", why, Role::system}));
    }
    return {};
}

Result<void, std::string> EventLog::open_file(const fs::path& path) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd_ < 0) return fail(path.string() + ": " + std::strerror(errno));
    current_ = path;
    std::error_code ec;
    current_bytes_ = fs::file_size(path, ec);
    return {};
}

nlohmann::json EventLog::make_record(const EventInput& input) const {
    const EventSpec* spec = find_event(input.event);
    nlohmann::json fields = nlohmann::json::object();
    for (auto& [key, value] : redact_fields(input.fields)) fields[key] = std::move(value);
    nlohmann::json record{
        {"time", format_time(options_.now())},
        {"event", std::string{input.event}},
        {"level", std::string{to_string(input.level)}},
        {"severity", std::string{to_string(spec ? spec->severity : severity_from_level(input.level))}},
        {"role", std::string{to_string(input.role.value_or(spec ? spec->role : Role::system))}},
        {"outcome", std::string{to_string(spec ? spec->outcome : Outcome::none)}},
        {"terminal", options_.terminal},
        {"device", std::string{device_of(input.event)}},
        {"fields", std::move(fields)},
    };
    if (!spec) record["uncatalogued"] = true;
    return record;
}

Result<void, std::string> EventLog::append(const EventInput& input) {
    auto record = make_record(input);
    std::lock_guard lock{mutex_};
    return append_locked(std::move(record));
}

// A full file is closed and the next one opens with a rotation record, in the same chain.
Result<void, std::string> EventLog::rotate_if_full(std::size_t next_line_bytes) {
    if (fd_ >= 0 && current_bytes_ + next_line_bytes <= options_.max_file_bytes) return {};
    const std::string previous = current_.filename().string();
    if (auto opened = open_file(options_.dir / log_file_name(head_.seq + 1)); !opened) return opened;
    if (previous.empty()) return {};
    nlohmann::json rotated{{"time", format_time(options_.now())}, {"event", "audit.log.rotated"}, {"level", "info"},
                           {"severity", "normal"}, {"role", "system"}, {"outcome", "none"}, {"terminal", options_.terminal},
                           {"device", ""}, {"fields", {{"previous", previous}}}};
    std::string hash;
    const std::string line = seal_record(std::move(rotated), head_.seq + 1, head_.hash, &hash) + "\n";
    if (!write_all(fd_, line) || ::fdatasync(fd_) != 0) return fail(current_.string() + ": " + std::strerror(errno));
    current_bytes_ += line.size();
    head_ = ChainHead{head_.seq + 1, hash, current_.filename().string()};
    return write_head(options_.head_file, head_);
}

Result<void, std::string> EventLog::append_locked(nlohmann::json record) {
    constexpr std::size_t kChainFields = 180;  // ,"hash":"<64>","prev":"<64>","seq":N
    if (auto rotated = rotate_if_full(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size() + kChainFields); !rotated) return rotated;
    std::string hash;
    const std::string line = seal_record(std::move(record), head_.seq + 1, head_.hash, &hash) + "\n";
    if (!write_all(fd_, line) || ::fdatasync(fd_) != 0) {
        const std::string why = current_.string() + ": " + std::strerror(errno);
        std::fprintf(stderr, "error audit.write_failed file=%s\n", why.c_str());
        return fail(why);
    }
    current_bytes_ += line.size();
    head_ = ChainHead{head_.seq + 1, hash, current_.filename().string()};
    return write_head(options_.head_file, head_);
}

ChainHead EventLog::head() const {
    std::lock_guard lock{mutex_};
    return head_;
}

std::vector<fs::path> EventLog::files() const { return log_files_in(options_.dir); }

std::vector<nlohmann::json> EventLog::read_all() const {
    std::vector<nlohmann::json> records;
    for (const auto& file : files()) {
        std::ifstream in{file, std::ios::binary};
        std::string line;
        while (std::getline(in, line)) {
            auto json = nlohmann::json::parse(line, nullptr, false);
            if (json.is_object()) records.push_back(std::move(json));
        }
    }
    return records;
}

std::vector<nlohmann::json> EventLog::latest(std::size_t count, std::string_view device, std::optional<Severity> at_least) const {
    std::lock_guard lock{mutex_};
    auto records = read_all();
    std::vector<nlohmann::json> out;
    for (auto it = records.rbegin(); it != records.rend() && out.size() < count; ++it) {
        if (!device.empty() && it->value("device", std::string{}) != device) continue;
        if (at_least && severity_of(*it) < *at_least) continue;
        out.push_back(std::move(*it));
    }
    return out;
}

std::vector<nlohmann::json> EventLog::faults_since(std::chrono::system_clock::time_point since) const {
    const std::string from = format_time(since);  // same format and zone: text order is time order
    std::lock_guard lock{mutex_};
    std::vector<nlohmann::json> out;
    for (auto& record : read_all())
        if (severity_of(record) != Severity::normal && record.value("time", std::string{}) >= from) out.push_back(std::move(record));
    return out;
}

std::string describe_record(const nlohmann::json& record) {
    std::string text = record.value("severity", std::string{"?"}) + " " + record.value("event", std::string{"?"});
    if (const auto it = record.find("fields"); it != record.end() && it->is_object())
        for (const auto& [key, value] : it->items()) text += " " + key + "=" + (value.is_string() ? value.get<std::string>() : value.dump());
    return text;
}

}  // namespace nanhai::kiosk::audit
