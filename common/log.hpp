// The one log interface: every notable event goes through log_event() with a stable event id
// (e.g. "platform.request", "device.printer.paper_out") and key/value fields. Callers mask
// personal data before it gets here; the sink decides where records go (stderr by default; in
// the kiosk, the hash-chained event log and journald too, kiosk/audit/), redacting again by
// field category on the way.
#pragma once

#include <functional>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace nanhai {

enum class LogLevel { debug, info, warning, error };

struct LogField {
    std::string_view key;
    std::string value;
};

// One event as the sink gets it: structured, and as the text line stderr shows.
struct LogRecord {
    LogLevel level;
    std::string_view event;
    std::span<const LogField> fields;
    std::string_view line;  // "info device.printer.status paper=out ..."
};
using LogSink = std::function<void(const LogRecord&)>;

void log_event(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});
// Replaces the sink (nullptr restores stderr); returns the previous one. Thread-safe.
LogSink set_log_sink(LogSink sink);
void set_log_threshold(LogLevel level);
std::string_view to_string(LogLevel level);
// The text line for stderr (what log_event prints without a sink).
void write_log_line(const LogRecord& record);

}  // namespace nanhai
