// The real pcscd, started for a test with the vpcd virtual reader driver: its readers
// "Virtual PCD 00 00" and "Virtual PCD 00 01" wait for virtual cards on TCP 35963 and 35964.
// pcscd is one per machine (a fixed socket under /run/pcscd), so the tests that use it hold
// the CTest resource lock "pcscd". Needs root or a writable /run/pcscd (CI runs as root).
#pragma once

#include <sys/types.h>

#include <string>

namespace nanhai::test {

class PcscdDaemon {
public:
    PcscdDaemon() = default;
    ~PcscdDaemon() { stop(); }
    PcscdDaemon(const PcscdDaemon&) = delete;
    PcscdDaemon& operator=(const PcscdDaemon&) = delete;

    // Starts pcscd in the foreground and waits (up to 5 s) until it lists the vpcd readers.
    // Fails with a reason (no pcscd binary, no vpcd driver, another pcscd running ...).
    bool start(std::string* why = nullptr);
    void stop();
    bool running() const { return pid_ > 0; }
    // pcscd's own log (stderr), for failure messages.
    std::string log() const;

    static constexpr const char* kReader0 = "Virtual PCD 00 00";
    static constexpr int kPort0 = 35963;

private:
    pid_t pid_ = -1;
    std::string dir_;
};

}  // namespace nanhai::test
