// Events to journald over its native protocol, received here on a datagram socket standing in
// for /run/systemd/journal/socket: the structured fields arrive, redacted; no socket, no error.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

#include "kiosk/audit/audit_sink.hpp"
#include "tests/support/temp_dir.hpp"

namespace nanhai::kiosk::audit {
namespace {

class FakeJournal {
public:
    explicit FakeJournal(std::string path) : path_{std::move(path)} {
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path_.c_str(), sizeof address.sun_path - 1);
        bound_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        timeval timeout{5, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    }
    ~FakeJournal() { ::close(fd_); }
    bool bound() const { return bound_; }
    std::string receive() {
        char buffer[65536];
        const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
        return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string{};
    }

private:
    std::string path_;
    int fd_ = -1;
    bool bound_ = false;
};

TEST(JournalSink, EntriesCarryTheEventsStructuredFieldsRedacted) {
    test::TempDir dir{"journal"};
    FakeJournal journal{(dir / "socket").string()};
    ASSERT_TRUE(journal.bound());
    {
        AuditSink sink{{nullptr, (dir / "socket").string(), "NH-KIOSK-0001", false}};
        log_event(LogLevel::warning, "device.printer.status", {{"paper", "out"}, {"id_number", "440605198803120528"}});
    }
    const std::string datagram = journal.receive();
    for (const char* line : {"PRIORITY=4\n", "SYSLOG_IDENTIFIER=nanhai-kiosk\n", "NANHAI_EVENT=device.printer.status\n",
                             "NANHAI_SEVERITY=normal\n", "NANHAI_ROLE=system\n", "NANHAI_DEVICE=receipt_printer\n",
                             "NANHAI_TERMINAL=NH-KIOSK-0001\n", "NANHAI_F_PAPER=out\n", "NANHAI_F_ID_NUMBER=4406**********0528\n"})
        EXPECT_NE(datagram.find(line), std::string::npos) << line << " in:\n" << datagram;
    EXPECT_EQ(datagram.find("440605198803120528"), std::string::npos);
}

TEST(JournalSink, AValueWithANewlineUsesTheBinaryForm) {
    JournalEntry entry{LogLevel::info, "core.session.end", "two\nlines", "T", {}};
    const std::string datagram = journal_datagram(entry);
    const std::string expected = std::string{"MESSAGE\n"} + std::string{"\x09\0\0\0\0\0\0\0", 8} + "two\nlines\n";
    EXPECT_EQ(datagram.substr(0, expected.size()), expected);
    EXPECT_EQ(journal_field_name("NANHAI_F_", "cover-open"), "NANHAI_F_COVER_OPEN");
}

TEST(JournalSink, NoJournalIsNoError) {
    JournalSink sink{"/nonexistent/journal/socket"};
    EXPECT_FALSE(sink.available());
    EXPECT_FALSE(sink.send({LogLevel::info, "core.session.end", "x", "T", {}}));
}

}  // namespace
}  // namespace nanhai::kiosk::audit
