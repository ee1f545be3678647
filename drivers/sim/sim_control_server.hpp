// The simulator's control channel: a Unix domain socket (KioskConfig::sim_control_socket) that
// scripts, socat and the demo use to insert cards, scan codes and open the printer cover while
// the app runs. One command per line in (sim_command.hpp), one reply line out.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "common/result.hpp"
#include "drivers/sim/sim_command_runner.hpp"

namespace nanhai::drivers {

class SimControlServer {
public:
    // Binds and listens (mode 0600), replacing a stale socket file but never a live server or
    // a file that is not a socket; serves from its own thread until stopped. The devices must
    // outlive the server.
    static Result<std::unique_ptr<SimControlServer>, std::string> start(
        const std::filesystem::path& socket_path, SimDeviceRefs devices);

    SimControlServer(const SimControlServer&) = delete;
    SimControlServer& operator=(const SimControlServer&) = delete;
    ~SimControlServer();

    // Closes every connection and removes the socket file; idempotent.
    void stop();
    const std::filesystem::path& socket_path() const { return path_; }

private:
    SimControlServer(std::filesystem::path path, SimDeviceRefs devices, int listen_fd, int wake_fd);
    void run();

    std::filesystem::path path_;
    SimDeviceRefs devices_;
    int listen_fd_ = -1;
    int wake_fd_ = -1;  // eventfd: tells the poll loop to stop
    std::thread thread_;
};

}  // namespace nanhai::drivers
