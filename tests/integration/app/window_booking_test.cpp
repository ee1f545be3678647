// A complete booking in a real window: Xvfb as the display, `kiosk --demo` as a user starts it
// (the reference platform as its child, simulated devices, the control socket), xdotool moving
// and pressing the mouse through XTEST, and the kiosk's widget map (KIOSK_WIDGET_MAP) telling
// where each widget is. The card goes in through the control socket; the slip comes out of the
// simulated printer as a PNG; a screenshot of the booked screen is kept for review.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/platform_process.hpp"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr auto kStepTimeout = 30s;  // a loaded CI machine; a passing step takes well under 1 s

// A child process with extra environment, stopped with SIGTERM (then SIGKILL) when dropped.
// `pass_fd`, when given, is the child's fd 3 (and no other descriptor is inherited).
class Child {
public:
    Child(std::vector<std::string> argv, std::vector<std::string> env, const fs::path& log, int pass_fd = -1) {
        pid_ = fork();
        if (pid_ != 0) return;
        for (const auto& e : env) putenv(strdup(e.c_str()));
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        dup2(out, 1);
        dup2(out, 2);
        if (pass_fd >= 0 && pass_fd != 3) dup2(pass_fd, 3);
        for (int fd = pass_fd >= 0 ? 4 : 3; fd < 1024; ++fd) ::close(fd);
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(a.data());
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    ~Child() { stop(); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    void stop() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGTERM);
        for (int i = 0; i < 100; ++i) {
            if (waitpid(pid_, nullptr, WNOHANG) == pid_) return (void)(pid_ = -1);
            std::this_thread::sleep_for(50ms);
        }
        ::kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    bool running() const { return pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0; }

private:
    pid_t pid_ = -1;
};

std::string read_file(const fs::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Widget {
    std::string id;
    int x = 0, y = 0, w = 0, h = 0;
    bool enabled = false;
};

struct WidgetMap {
    std::string screen;
    std::vector<Widget> widgets;
    std::optional<Widget> find(const std::string& id) const {
        for (const auto& w : widgets)
            if (w.id == id) return w;
        return std::nullopt;
    }
};

WidgetMap parse_map(const std::string& text) {
    WidgetMap map;
    std::istringstream in(text);
    std::string word;
    in >> word >> map.screen;
    Widget w;
    int enabled = 0;
    while (in >> w.id >> w.x >> w.y >> w.w >> w.h >> enabled) {
        w.enabled = enabled != 0;
        map.widgets.push_back(w);
    }
    return map;
}

int run(const std::string& command) { return std::system(command.c_str()); }

class WindowBooking : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_APP_BIN
        FAIL() << "KIOSK_APP_BIN is not defined: kiosk/app/CMakeLists.txt must pass the kiosk binary";
#else
        start_display();
        const std::string display = "DISPLAY=" + display_;
        kiosk_.emplace(std::vector<std::string>{KIOSK_APP_BIN, "--demo"},
                       std::vector<std::string>{display, "XDG_STATE_HOME=" + dir_, "KIOSK_WIDGET_MAP=" + map_file(),
                                                std::string("KIOSK_PLATFORM_BIN=") + KIOSK_PLATFORM_BIN},
                       fs::path(dir_) / "kiosk.log");
#endif
    }
    void TearDown() override {
        kiosk_.reset();
        xvfb_.reset();
    }

    // Xvfb picks a free display number and writes it to the pipe (-displayfd).
    void start_display() {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        xvfb_.emplace(std::vector<std::string>{"Xvfb", "-displayfd", "3", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"},
                      std::vector<std::string>{}, fs::path(dir_) / "xvfb.log", fds[1]);
        ::close(fds[1]);
        // Xvfb writes the number and the newline separately, and dies if the pipe is closed in
        // between: read up to the newline.
        std::string number;
        char c = 0;
        while (::read(fds[0], &c, 1) == 1 && c != '\n') number += c;
        ::close(fds[0]);
        ASSERT_FALSE(number.empty()) << "Xvfb did not start: " << read_file(fs::path(dir_) / "xvfb.log");
        display_ = ":" + number;
        // The display is announced before it takes clients on a loaded machine: wait until
        // a client gets in.
        const auto deadline = std::chrono::steady_clock::now() + kStepTimeout;
        while (run("DISPLAY=" + display_ + " xdotool getmouselocation > /dev/null 2>&1") != 0) {
            ASSERT_LT(std::chrono::steady_clock::now(), deadline)
                << "display " << display_ << " never took a client: " << read_file(fs::path(dir_) / "xvfb.log");
            std::this_thread::sleep_for(100ms);
        }
    }

    std::string map_file() const { return (fs::path(dir_) / "widgets.txt").string(); }
    fs::path state_dir() const { return fs::path(dir_) / "nanhai-kiosk"; }
    std::string log() const { return read_file(fs::path(dir_) / "kiosk.log"); }

    WidgetMap wait_for_screen(const std::string& screen) {
        const auto deadline = std::chrono::steady_clock::now() + kStepTimeout;
        WidgetMap map;
        while (!HasFailure() && std::chrono::steady_clock::now() < deadline) {
            map = parse_map(read_file(map_file()));
            if (map.screen == screen) return map;
            std::this_thread::sleep_for(50ms);
        }
        ADD_FAILURE() << "screen '" << screen << "' never came; last '" << map.screen << "'\n" << log()
                      << "\nXvfb: " << read_file(fs::path(dir_) / "xvfb.log");
        return map;
    }

    // Moves there, presses and releases, as a finger would (ImGui buttons fire on release).
    void click(const Widget& w) {
        const std::string at = std::to_string(w.x + w.w / 2) + " " + std::to_string(w.y + w.h / 2);
        const std::string env = "DISPLAY=" + display_ + " ";
        ASSERT_EQ(run(env + "xdotool mousemove " + at), 0);
        std::this_thread::sleep_for(150ms);
        ASSERT_EQ(run(env + "xdotool mousedown 1"), 0);
        std::this_thread::sleep_for(100ms);
        ASSERT_EQ(run(env + "xdotool mouseup 1"), 0);
    }

    void click(const WidgetMap& map, const std::string& id) {
        auto w = map.find(id);
        ASSERT_TRUE(w) << "no widget " << id << " on " << map.screen;
        ASSERT_TRUE(w->enabled) << id << " is disabled";
        click(*w);
    }

    // The first enabled row of a list ("appointments.days.2026-12-02", not the pager).
    void click_first_row(const WidgetMap& map, const std::string& list) {
        for (const auto& w : map.widgets) {
            if (!w.enabled || !w.id.starts_with(list + ".") || w.id.ends_with(".prev") || w.id.ends_with(".next")) continue;
            return click(w);
        }
        FAIL() << "no enabled row in " << list;
    }

    void send_control(const std::string& line) {
        const auto socket_path = (state_dir() / "sim.sock").string();
        const auto deadline = std::chrono::steady_clock::now() + kStepTimeout;
        while (!fs::exists(socket_path) && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(50ms);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socket_path.c_str());
        ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0) << socket_path;
        const std::string text = line + "\n";
        ASSERT_EQ(::write(fd, text.data(), text.size()), static_cast<ssize_t>(text.size()));
        char reply[256] = {};
        ASSERT_GT(::read(fd, reply, sizeof reply - 1), 0);
        ::close(fd);
        EXPECT_TRUE(std::string(reply).starts_with("ok")) << reply;
    }

    nanhai::test::TempDir temp_{"kiosk-window-test"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::string display_;
    std::optional<Child> xvfb_;
    std::optional<Child> kiosk_;
};

TEST_F(WindowBooking, CompleteBookingWithMouseAndCardPrintsTheSlip) {
    auto map = wait_for_screen("home");
    send_control("card insert citizen");
    map = wait_for_screen("signed_in");
    click(map, "home.appointments");
    map = wait_for_screen("appointments");
    click(map, "appointments.new");
    map = wait_for_screen("appointments.items");
    click(map, "appointments.items.SCJG-002");
    map = wait_for_screen("appointments.halls");
    click(map, "appointments.halls.NH-DISTRICT");
    map = wait_for_screen("appointments.days");
    click_first_row(map, "appointments.days");
    map = wait_for_screen("appointments.slots");
    click_first_row(map, "appointments.slots");
    map = wait_for_screen("appointments.confirm");
    click(map, "appointments.confirm");
    map = wait_for_screen("appointments.booked");

    // The slip, as the simulated printer printed it.
    const auto prints = state_dir() / "prints";
    const auto deadline = std::chrono::steady_clock::now() + kStepTimeout;
    std::optional<fs::path> slip;
    while (!slip && std::chrono::steady_clock::now() < deadline) {
        for (const auto& e : fs::directory_iterator(prints))
            if (e.path().string().ends_with("-appointment_slip.png")) slip = e.path();
        std::this_thread::sleep_for(50ms);
    }
    ASSERT_TRUE(slip) << "no slip in " << prints;
    EXPECT_GT(fs::file_size(*slip), 1000u);

    // What the citizen saw, for review (and proof that the window really drew).
    const auto shot = fs::path(dir_) / "booked.png";
    ASSERT_EQ(run("DISPLAY=" + display_ + " xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > " + shot.string()), 0);
    EXPECT_GT(fs::file_size(shot), 20000u) << "a blank screen compresses to almost nothing";

    click(map, "appointments.done");
    map = wait_for_screen("signed_in");
    click(map, "session.finish");
    wait_for_screen("home");
    ASSERT_TRUE(kiosk_->running()) << log();
    kiosk_->stop();
    EXPECT_NE(log().find("core.session.end reason=finished"), std::string::npos);
}

}  // namespace
