#include "common/log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace nanhai {
namespace {

std::mutex g_mutex;
LogSink g_sink;
std::atomic<int> g_threshold{static_cast<int>(LogLevel::info)};

}  // namespace

std::string_view to_string(LogLevel level) {
    switch (level) {
        case LogLevel::debug: return "debug";
        case LogLevel::info: return "info";
        case LogLevel::warning: return "warning";
        case LogLevel::error: return "error";
    }
    return "?";
}

namespace {

// key=value with values quoted when they contain spaces, quotes or '='.
void append_field(std::string& line, const LogField& field) {
    line += ' ';
    line += field.key;
    line += '=';
    bool quote = field.value.empty() || field.value.find_first_of(" \"=\n") != std::string::npos;
    if (!quote) {
        line += field.value;
        return;
    }
    line += '"';
    for (char c : field.value) {
        if (c == '"' || c == '\\') line += '\\';
        line += c == '\n' ? ' ' : c;
    }
    line += '"';
}

}  // namespace

void log_event(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
    if (static_cast<int>(level) < g_threshold.load()) return;
    std::string line{to_string(level)};
    line += ' ';
    line += event;
    for (const auto& f : fields) append_field(line, f);
    const LogRecord record{level, event, std::span<const LogField>{fields.begin(), fields.size()}, line};
    std::lock_guard lock{g_mutex};
    if (g_sink) {
        g_sink(record);
    } else {
        write_log_line(record);
    }
}

void write_log_line(const LogRecord& record) { std::fprintf(stderr, "%.*s\n", static_cast<int>(record.line.size()), record.line.data()); }

LogSink set_log_sink(LogSink sink) {
    std::lock_guard lock{g_mutex};
    auto previous = std::move(g_sink);
    g_sink = std::move(sink);
    return previous;
}

void set_log_threshold(LogLevel level) { g_threshold.store(static_cast<int>(level)); }

}  // namespace nanhai
