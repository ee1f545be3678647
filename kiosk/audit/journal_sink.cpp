// The journald native protocol (see journal_sink.hpp). A value with a newline is sent in the
// protocol's binary form: the name, a newline, its length as 64-bit little endian, the bytes.
#include "kiosk/audit/journal_sink.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

#include "kiosk/audit/event_catalog.hpp"

namespace nanhai::kiosk::audit {
namespace {

int syslog_priority(LogLevel level) {
    switch (level) {
        case LogLevel::error: return 3;
        case LogLevel::warning: return 4;
        case LogLevel::info: return 6;
        case LogLevel::debug: return 7;
    }
    return 6;
}

void append_field(std::string& out, const std::string& name, std::string_view value) {
    if (value.find('\n') == std::string_view::npos) {
        out += name + "=" + std::string{value} + "\n";
        return;
    }
    out += name + "\n";
    std::uint64_t size = value.size();
    for (int i = 0; i < 8; ++i) out += static_cast<char>((size >> (8 * i)) & 0xFF);
    out += value;
    out += "\n";
}

}  // namespace

std::string journal_field_name(std::string_view prefix, std::string_view key) {
    std::string name{prefix};
    for (char c : key) {
        if (c >= 'a' && c <= 'z') name += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) name += c;
        else name += '_';
    }
    return name.substr(0, 64);
}

std::string journal_datagram(const JournalEntry& entry) {
    std::string out;
    append_field(out, "MESSAGE", entry.message);
    append_field(out, "PRIORITY", std::to_string(syslog_priority(entry.level)));
    append_field(out, "SYSLOG_IDENTIFIER", "nanhai-kiosk");
    append_field(out, "NANHAI_EVENT", entry.event);
    append_field(out, "NANHAI_TERMINAL", entry.terminal);
    if (const EventSpec* spec = find_event(entry.event)) {
        append_field(out, "NANHAI_SEVERITY", to_string(spec->severity));
        append_field(out, "NANHAI_ROLE", to_string(spec->role));
        append_field(out, "NANHAI_OUTCOME", to_string(spec->outcome));
    }
    if (const auto device = device_of(entry.event); !device.empty()) append_field(out, "NANHAI_DEVICE", device);
    for (const auto& [key, value] : entry.fields) append_field(out, journal_field_name("NANHAI_F_", key), value);
    return out;
}

JournalSink::JournalSink(std::string socket_path) : path_{std::move(socket_path)} {
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
}

JournalSink::~JournalSink() {
    if (fd_ >= 0) ::close(fd_);
}

bool JournalSink::available() const { return fd_ >= 0 && ::access(path_.c_str(), W_OK) == 0; }

bool JournalSink::send(const JournalEntry& entry) {
    if (fd_ < 0 || path_.size() >= sizeof(sockaddr_un::sun_path)) return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path_.c_str(), path_.size());
    const std::string datagram = journal_datagram(entry);
    return ::sendto(fd_, datagram.data(), datagram.size(), MSG_NOSIGNAL, reinterpret_cast<const sockaddr*>(&address),
                    sizeof address) == static_cast<ssize_t>(datagram.size());
}

}  // namespace nanhai::kiosk::audit
