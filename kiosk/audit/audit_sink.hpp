// Where the kiosk's log_event() calls go: one sink that redacts every record by category
// (redaction.hpp) and then writes the line to stderr, the record to the hash-chained event log
// (info and above) and the entry to journald when there is one. Installed for as long as the
// object lives; the sink that was there before comes back when it goes.
#pragma once

#include <memory>
#include <string>

#include "common/log.hpp"
#include "kiosk/audit/event_log.hpp"
#include "kiosk/audit/journal_sink.hpp"

namespace nanhai::kiosk::audit {

struct AuditSinkOptions {
    std::shared_ptr<EventLog> log;  // null: no event log (a unit test, kiosk-diag)
    std::string journal_socket;     // "" = no journald
    std::string terminal;
    bool to_stderr = true;
};

class AuditSink {
public:
    explicit AuditSink(AuditSinkOptions options);
    ~AuditSink();
    AuditSink(const AuditSink&) = delete;
    AuditSink& operator=(const AuditSink&) = delete;

    EventLog* log() const { return options_.log.get(); }
    std::size_t write_failures() const { return write_failures_; }

private:
    void write(const LogRecord& record);

    AuditSinkOptions options_;
    std::unique_ptr<JournalSink> journal_;
    LogSink previous_;
    std::size_t write_failures_ = 0;  // under the log's own mutex (log_event serialises sinks)
};

// The redacted text line: "warning device.printer.status paper=out".
std::string redacted_line(const LogRecord& record);

}  // namespace nanhai::kiosk::audit
