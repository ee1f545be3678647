// The reference platform as a child process, for --demo and headless scripts: started on a free
// loopback port with its own database and the demo seed, stopped (SIGTERM, then SIGKILL) on
// exit, and restartable on the same port so that `platform down` / `platform up` in a script
// looks to the kiosk like a real outage.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>

#include "common/result.hpp"

namespace nanhai::kiosk::app {

struct PlatformChildOptions {
    std::string binary;      // kiosk-platform
    std::string state_dir;   // demo.db, platform.log and the port file go here
    std::string test_clock;  // empty: real time
};

class PlatformChild {
public:
    // Starts and waits for the port file; fails with the log's path when it does not come up.
    static Result<std::unique_ptr<PlatformChild>, std::string> launch(PlatformChildOptions options);
    ~PlatformChild();
    PlatformChild(const PlatformChild&) = delete;
    PlatformChild& operator=(const PlatformChild&) = delete;

    Result<void, std::string> start();  // again on the same port after stop()
    void stop();
    bool running() const { return pid_ > 0; }
    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    explicit PlatformChild(PlatformChildOptions options) : options_{std::move(options)} {}
    bool wait_for_port(const std::string& port_file);

    PlatformChildOptions options_;
    pid_t pid_ = -1;
    int port_ = 0;
};

// KIOSK_PLATFORM_BIN, else kiosk-platform in the build tree next to this executable
// (build/kiosk/app/kiosk -> build/platform/kiosk-platform), else the name for a PATH lookup.
std::string find_platform_binary();

// $XDG_STATE_HOME/nanhai-kiosk, else /tmp/nanhai-kiosk-<uid>; created.
std::string demo_state_dir();
// A fresh directory for one headless run (every script starts from the same seeded data);
// empty when it cannot be made.
std::string fresh_state_dir();

}  // namespace nanhai::kiosk::app
