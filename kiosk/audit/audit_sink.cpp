// The kiosk's log sink (see audit_sink.hpp).
#include "kiosk/audit/audit_sink.hpp"

#include <cstdio>

#include "kiosk/audit/redaction.hpp"

namespace nanhai::kiosk::audit {

std::string redacted_line(const LogRecord& record) {
    std::string line{to_string(record.level)};
    line += ' ';
    line += record.event;
    for (const auto& [key, value] : redact_fields(record.fields)) {
        line += ' ' + key + '=';
        const bool quote = value.empty() || value.find_first_of(" \"=\n") != std::string::npos;
        if (!quote) {
            line += value;
            continue;
        }
        line += '"';
        for (char c : value) {
            if (c == '"' || c == '\\') line += '\\';
            line += c == '\n' ? ' ' : c;
        }
        line += '"';
    }
    return line;
}

AuditSink::AuditSink(AuditSinkOptions options) : options_{std::move(options)} {
    if (!options_.journal_socket.empty()) journal_ = std::make_unique<JournalSink>(options_.journal_socket);
    previous_ = set_log_sink([this](const LogRecord& record) { write(record); });
}

AuditSink::~AuditSink() { set_log_sink(std::move(previous_)); }

void AuditSink::write(const LogRecord& record) {
    const std::string line = redacted_line(record);
    if (options_.to_stderr) std::fprintf(stderr, "%s\n", line.c_str());
    if (record.level == LogLevel::debug) return;  // chatter stays out of the record
    if (options_.log && !options_.log->append({record.level, record.event, record.fields, std::nullopt})) ++write_failures_;
    if (journal_) journal_->send({record.level, std::string{record.event}, line, options_.terminal, redact_fields(record.fields)});
}

}  // namespace nanhai::kiosk::audit
