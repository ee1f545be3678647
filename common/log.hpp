// The one log interface: every notable event goes through log_event() with a stable event id
// (e.g. "platform.request", "device.printer.paper_out") and key/value fields. Callers mask
// personal data before it gets here; the sink decides where lines go (stderr by default,
// the audit chain and journald later).
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace nanhai {

enum class LogLevel { debug, info, warning, error };

struct LogField {
    std::string_view key;
    std::string value;
};

using LogSink = std::function<void(LogLevel, std::string_view event, std::string_view line)>;

void log_event(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});
// Replaces the sink (nullptr restores stderr); returns the previous one. Thread-safe.
LogSink set_log_sink(LogSink sink);
void set_log_threshold(LogLevel level);

}  // namespace nanhai
