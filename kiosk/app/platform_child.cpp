// Child platform process (see platform_child.hpp).
#include "kiosk/app/platform_child.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

namespace nanhai::kiosk::app {
namespace fs = std::filesystem;

Result<std::unique_ptr<PlatformChild>, std::string> PlatformChild::launch(PlatformChildOptions options) {
    std::unique_ptr<PlatformChild> child(new PlatformChild(std::move(options)));
    if (auto started = child->start(); !started) return fail(started.error());
    return child;
}

PlatformChild::~PlatformChild() { stop(); }

Result<void, std::string> PlatformChild::start() {
    if (running()) return {};
    const std::string dir = options_.state_dir;
    const std::string port_file = dir + "/platform.port";
    const std::string log_file = dir + "/platform.log";
    ::unlink(port_file.c_str());
    // Port 0 the first time; the same port afterwards, so the client's base URL stays valid.
    std::vector<std::string> args{options_.binary, "--db", dir + "/demo.db", "--listen",
                                  "127.0.0.1:" + std::to_string(port_), "--port-file", port_file,
                                  "--seed-demo"};
    if (!options_.test_clock.empty()) {
        args.push_back("--test-clock");
        args.push_back(options_.test_clock);
    }
    pid_ = ::fork();
    if (pid_ < 0) return fail(std::string("fork failed"));
    if (pid_ == 0) {
        // Killed with us: a kiosk stopped by a signal must not leave a demo platform running.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        const int log = ::open(log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        ::dup2(log, 1);
        ::dup2(log, 2);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    if (!wait_for_port(port_file)) {
        stop();
        return fail("kiosk-platform (" + options_.binary + ") did not start; see " + log_file);
    }
    return {};
}

bool PlatformChild::wait_for_port(const std::string& port_file) {
    // The port file is written after bind, before accepting: connections queue meanwhile.
    for (int i = 0; i < 1500; ++i) {
        std::ifstream in{port_file};
        int port = 0;
        if (in >> port && port > 0) {
            port_ = port;
            return true;
        }
        if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

void PlatformChild::stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 500; ++i) {
        if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

std::string find_platform_binary() {
    if (const char* env = std::getenv("KIOSK_PLATFORM_BIN"); env && *env) return env;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate : {self.parent_path() / "kiosk-platform",
                                          self.parent_path().parent_path().parent_path() / "platform" / "kiosk-platform"})
            if (fs::exists(candidate, ec)) return candidate.string();
    }
    return "kiosk-platform";  // execvp searches PATH
}

std::string demo_state_dir() {
    const char* xdg = std::getenv("XDG_STATE_HOME");
    const fs::path dir = (xdg && *xdg) ? fs::path(xdg) / "nanhai-kiosk"
                                       : fs::path("/tmp") / ("nanhai-kiosk-" + std::to_string(::getuid()));
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir.string();
}

std::string fresh_state_dir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string{base && *base ? base : "/tmp"} + "/nanhai-kiosk-run-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (::mkdtemp(buf.data()) == nullptr) return {};
    return buf.data();
}

}  // namespace nanhai::kiosk::app
