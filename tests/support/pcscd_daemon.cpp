// Starting and stopping pcscd for tests (see pcscd_daemon.hpp).
#include "tests/support/pcscd_daemon.hpp"

#include <PCSC/winscard.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace nanhai::test {
namespace {

constexpr const char* kPcscd = "/usr/sbin/pcscd";
constexpr const char* kVpcdDriver = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";

bool vpcd_readers_listed() {
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS) return false;
    DWORD length = 0;
    const bool listed = SCardListReaders(context, nullptr, nullptr, &length) == SCARD_S_SUCCESS && length > 1;
    SCardReleaseContext(context);
    return listed;
}

bool say(std::string* why, std::string text) {
    if (why) *why = std::move(text);
    return false;
}

}  // namespace

bool PcscdDaemon::start(std::string* why) {
    stop();
    if (::access(kPcscd, X_OK) != 0) return say(why, "no pcscd at /usr/sbin/pcscd (package pcscd)");
    if (::access(kVpcdDriver, R_OK) != 0) return say(why, "no vpcd driver (package vsmartcard-vpcd)");
    if (std::filesystem::exists("/run/pcscd/pcscd.pid"))
        return say(why, "another pcscd is running (/run/pcscd/pcscd.pid)");
    char pattern[] = "/tmp/kiosk-pcscd-XXXXXX";
    if (!::mkdtemp(pattern)) return say(why, "mkdtemp failed");
    dir_ = pattern;
    std::ofstream{dir_ + "/vpcd"} << "FRIENDLYNAME \"Virtual PCD\"\nDEVICENAME   /dev/null:0x8C7B\nLIBPATH      "
                                  << kVpcdDriver << "\nCHANNELID    0x8C7B\n";
    pid_ = ::fork();
    if (pid_ == 0) {
        const int log = ::open((dir_ + "/pcscd.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (log >= 0) {
            ::dup2(log, STDOUT_FILENO);
            ::dup2(log, STDERR_FILENO);
        }
        const std::string config = dir_;
        ::execl(kPcscd, kPcscd, "--foreground", "--config", config.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{5};
    while (std::chrono::steady_clock::now() < deadline) {
        if (vpcd_readers_listed()) return true;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return say(why, "pcscd exited: " + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{10});
    }
    stop();
    return say(why, "pcscd listed no readers within 5 s: " + log());
}

void PcscdDaemon::stop() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        int status = 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{5};
        while (::waitpid(pid_, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{5});
        }
        pid_ = -1;
    }
    if (!dir_.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
        dir_.clear();
    }
}

std::string PcscdDaemon::log() const {
    std::ifstream in{dir_ + "/pcscd.log"};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace nanhai::test
