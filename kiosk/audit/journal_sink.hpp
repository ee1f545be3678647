// Events to journald, when it is there, through its native protocol (one datagram an entry,
// KEY=VALUE lines; systemd.journal-fields(7)): MESSAGE, PRIORITY, SYSLOG_IDENTIFIER and the
// event's structured fields as NANHAI_*: event id, severity, role, outcome, device, terminal and
// every (already redacted) field as NANHAI_F_<KEY>. Written without libsystemd: the socket path
// is a setting, so tests read what a journal would get. No socket, no journal, no error.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/log.hpp"
#include "kiosk/audit/event_catalog.hpp"

namespace nanhai::kiosk::audit {

inline constexpr const char* kJournalSocket = "/run/systemd/journal/socket";

struct JournalEntry {
    LogLevel level = LogLevel::info;
    std::string event;
    std::string message;  // the redacted line
    std::string terminal;
    std::vector<std::pair<std::string, std::string>> fields;  // redacted
};

class JournalSink {
public:
    explicit JournalSink(std::string socket_path = kJournalSocket);
    ~JournalSink();
    JournalSink(const JournalSink&) = delete;
    JournalSink& operator=(const JournalSink&) = delete;

    // false when there is no journal (nothing listens at the socket); never blocks long.
    bool send(const JournalEntry& entry);
    bool available() const;

private:
    std::string path_;
    int fd_ = -1;
};

// The datagram for one entry (exposed for tests and the fuzz-free reader in tests).
std::string journal_datagram(const JournalEntry& entry);
// "device.printer.status" field "cover_open" -> "NANHAI_F_COVER_OPEN"; anything but [A-Z0-9_] -> _.
std::string journal_field_name(std::string_view prefix, std::string_view key);

}  // namespace nanhai::kiosk::audit
