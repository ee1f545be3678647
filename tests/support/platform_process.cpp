#include "tests/support/platform_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace nanhai::test {

std::string make_temp_dir(const std::string& prefix) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string{base ? base : "/tmp"} + "/" + prefix + "-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed");
    return buf.data();
}

PlatformProcess::PlatformProcess(PlatformProcessOptions options) : options_{std::move(options)} {
    dir_ = make_temp_dir("kiosk-platform");
    db_path_ = options_.db_path.empty() ? dir_ + "/platform.db" : options_.db_path;
    log_path_ = dir_ + "/platform.log";
    start();
}

PlatformProcess::~PlatformProcess() {
    stop();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);  // the demo data's personal data goes with it
}

void PlatformProcess::start() {
    std::string port_file = dir_ + "/port";
    ::unlink(port_file.c_str());
    std::vector<std::string> args{KIOSK_PLATFORM_BIN, "--db", db_path_, "--listen",
                                  "127.0.0.1:0", "--port-file", port_file};
    if (options_.seed_demo) args.push_back("--seed-demo");
    if (!options_.test_clock.empty()) {
        args.push_back("--test-clock");
        args.push_back(options_.test_clock);
    }
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        int log = ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        dup2(log, 1);
        dup2(log, 2);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    // The port file is written after bind, before the accept loop: connections queue meanwhile.
    for (int i = 0; i < 1000; ++i) {
        std::ifstream in{port_file};
        if (in >> port_ && port_ > 0) return;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    throw std::runtime_error("kiosk-platform did not start; see " + log_path_);
}

void PlatformProcess::kill_hard() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

void PlatformProcess::stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 500; ++i) {
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill_hard();
}

}  // namespace nanhai::test
