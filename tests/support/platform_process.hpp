// Starts kiosk-platform as a real process on a free loopback port with its own database in a
// temporary folder, and stops (or kills) it. The test clock is on by default so that tests
// move time with ApiClient::set_clock.
#pragma once

#include "tests/support/temp_dir.hpp"

#include <sys/types.h>

#include <string>

namespace nanhai::test {

struct PlatformProcessOptions {
    bool seed_demo = true;
    // Empty: real time. The default is a Tuesday morning (a working day) in 2026.
    std::string test_clock = "2026-12-01T09:00:00+08:00";
    std::string db_path;  // empty: a fresh database in the temporary folder
};

class PlatformProcess {
public:
    explicit PlatformProcess(PlatformProcessOptions options = {});
    ~PlatformProcess();
    PlatformProcess(const PlatformProcess&) = delete;
    PlatformProcess& operator=(const PlatformProcess&) = delete;

    int port() const { return port_; }
    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    const std::string& db_path() const { return db_path_; }
    const std::string& log_path() const { return log_path_; }

    void kill_hard();  // SIGKILL, as a power cut would
    void stop();       // SIGTERM and wait
    void start();      // (re)start on the same database; throws if it does not come up

private:
    PlatformProcessOptions options_;
    std::string dir_;
    std::string db_path_;
    std::string log_path_;
    pid_t pid_ = -1;
    int port_ = 0;
};

}  // namespace nanhai::test
