// The headless script runner (see headless_runner.hpp).
#include "kiosk/app/headless_runner.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "drivers/sim/sim_command_runner.hpp"
#include "kiosk/ui/image_io.hpp"

namespace nanhai::kiosk::app {
namespace {

// Bounds for "run frames until idle": generous for a platform call on a loaded CI machine,
// small enough that a flow that never settles fails within a minute.
constexpr int kMaxSettleFrames = 2000;
constexpr auto kMaxSettleTime = std::chrono::seconds(30);
constexpr auto kIdlePoll = std::chrono::milliseconds(10);
constexpr auto kDeviceEventWait = std::chrono::milliseconds(500);

std::string join(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& t : texts) out += (out.empty() ? "" : " | ") + t;
    return out;
}

}  // namespace

HeadlessRunner::HeadlessRunner(KioskApp& app, core::ManualCoreClock& clock, ScreenDrawer& drawer,
                               ui::HeadlessRenderer& renderer, HeadlessSettings settings)
    : app_{app}, clock_{clock}, drawer_{drawer}, renderer_{renderer}, settings_{std::move(settings)},
      start_{clock.now()} {}

int HeadlessRunner::run(const std::vector<ScriptLine>& lines) {
    settle();  // the first frame: the idle kiosk's home screen
    for (const auto& line : lines) {
        std::printf("%4d  %s\n", line.number, line.text.c_str());
        std::fflush(stdout);
        if (auto done = perform(line); !done) {
            std::fprintf(stderr, "line %d: %s\n  failed: %s\n  seen: %s\n", line.number,
                         line.text.c_str(), done.error().c_str(), seen().c_str());
            return 1;
        }
    }
    return 0;
}

Result<void, std::string> HeadlessRunner::perform(const ScriptLine& line) {
    const std::string& v = line.verb;
    if (v == "tap") {
        const bool point = line.rest.find(' ') != std::string::npos;
        return point ? tap_point(line.rest) : tap_widget(line.rest);
    }
    if (v == "type") return type_text(line.rest);
    if (v == "text") return enter_text(line.rest);
    if (v == "card" || v == "scan" || v == "printer") return device(line);
    if (v == "platform") return platform(line.rest);
    if (v == "wait") return wait(line.rest);
    if (v == "shot") return shot(line.rest);
    return expect(line.rest);
}

ui::DrawFn HeadlessRunner::draw_fn() {
    return [this](ui::FrameContext& frame) {
        const auto elapsed = std::chrono::duration<float>(clock_.now() - start_).count();
        return drawer_.draw(frame.registry, frame.fonts, frame.width, frame.height, app_.view(), elapsed,
                            app_.dev_panel());
    };
}

void HeadlessRunner::apply(const ui::MaybeIntent& intent) {
    if (intent) app_.handle(*intent);
}

void HeadlessRunner::settle() {
    const auto deadline = std::chrono::steady_clock::now() + kMaxSettleTime;
    int quiet_frames = 0;
    for (int i = 0; i < kMaxSettleFrames && std::chrono::steady_clock::now() < deadline; ++i) {
        const bool delivered = app_.pump();
        const ui::MaybeIntent intent = renderer_.step(settings_.width, settings_.height, draw_fn());
        apply(intent);
        const bool grew = learn_glyphs();
        if (app_.idle() && !intent && !delivered && !grew) {
            // Two quiet frames: ImGui lays some things out from the previous frame.
            if (++quiet_frames >= 2) return;
            continue;
        }
        quiet_frames = 0;
        if (!app_.idle()) app_.queue().wait_until(std::chrono::steady_clock::now() + kIdlePoll);
    }
}

// The atlas grows with what the last frame drew (as in the window); a failed rebuild is
// reported once and the frame keeps its markers.
bool HeadlessRunner::learn_glyphs() {
    auto grew = renderer_.learn_texts(drawer_.texts());
    if (!grew) {
        std::fprintf(stderr, "kiosk: fonts: %s\n", grew.error().c_str());
        return false;
    }
    return *grew;
}

Result<void, std::string> HeadlessRunner::tap_widget(const std::string& id) {
    auto tapped = renderer_.tap(id, settings_.width, settings_.height, draw_fn());
    if (!tapped) return fail(tapped.error());
    apply(*tapped);
    settle();
    return {};
}

Result<void, std::string> HeadlessRunner::tap_point(const std::string& args) {
    std::istringstream in(args);
    float x = 0;
    float y = 0;
    if (!(in >> x >> y)) return fail("tap X Y: expected two numbers, got '" + args + "'");
    ui::MaybeIntent intent;
    // Move, press, release, as a finger does: ImGui buttons fire on release.
    for (bool down : {false, true, false}) {
        renderer_.set_mouse(x, y, down);
        ui::keep_first(intent, renderer_.step(settings_.width, settings_.height, draw_fn()));
    }
    renderer_.clear_mouse();
    apply(intent);
    settle();
    return {};
}

Result<void, std::string> HeadlessRunner::type_text(const std::string& text) {
    for (char c : text) {
        if (c == ' ') continue;  // "4406 0526 ..." as printed on a receipt
        std::string id;
        if (c >= '0' && c <= '9') id = std::string("keypad.") + c;
        else if (c == 'X' || c == 'x') id = "keypad.x";
        else return fail(std::string("type: the keypad has no key '") + c + "'");
        if (auto tapped = tap_widget(id); !tapped) return tapped;
    }
    return {};
}

// Text as a keyboard or input method delivers it, into the focused text field (tap it first).
Result<void, std::string> HeadlessRunner::enter_text(const std::string& text) {
    renderer_.add_text_input(text);
    settle();
    return {};
}

Result<void, std::string> HeadlessRunner::device(const ScriptLine& line) {
    // The sim control channel's own language (docs/sim-devices.md), so both stay in step.
    const std::string reply = drivers::handle_sim_control_line(line.text, app_.sim().refs());
    if (!reply.starts_with("ok")) return fail(reply);
    // The sim devices report from their own threads: give the event time to reach the queue
    // before deciding that the app is idle.
    app_.queue().wait_until(std::chrono::steady_clock::now() + kDeviceEventWait);
    settle();
    return {};
}

Result<void, std::string> HeadlessRunner::platform(const std::string& what) {
    PlatformChild* child = app_.platform();
    if (child == nullptr) return fail("no child platform (run with --demo)");
    if (what == "down") child->stop();
    else if (what == "up") {
        if (auto started = child->start(); !started) return fail(started.error());
    } else return fail("platform: expected down or up, got '" + what + "'");
    settle();
    return {};
}

Result<void, std::string> HeadlessRunner::wait(const std::string& seconds) {
    double total = 0;
    try {
        total = std::stod(seconds);
    } catch (const std::exception&) {
        return fail("wait: expected seconds, got '" + seconds + "'");
    }
    if (total < 0 || total > 24 * 3600) return fail("wait: out of range: " + seconds);
    // One second at a time: timers fire at the second they are due, as on a real kiosk.
    auto left = std::chrono::milliseconds(static_cast<long long>(total * 1000));
    while (left.count() > 0) {
        const auto step = std::min(left, std::chrono::milliseconds(1000));
        clock_.advance(step);
        left -= step;
        settle();
    }
    return {};
}

Result<void, std::string> HeadlessRunner::shot(const std::string& name) {
    auto frame = renderer_.render(settings_.width, settings_.height, draw_fn());
    if (learn_glyphs()) frame = renderer_.render(settings_.width, settings_.height, draw_fn());
    apply(frame.intent);
    std::error_code ec;
    std::filesystem::create_directories(settings_.shots_dir, ec);
    const auto file = std::filesystem::path(settings_.shots_dir) / (name + ".png");
    if (auto written = ui::write_png(file, frame.image); !written) return fail(written.error());
    return {};
}

Result<void, std::string> HeadlessRunner::expect(const std::string& what) {
    const auto space = what.find(' ');
    const std::string kind = what.substr(0, space);
    const std::string wanted = space == std::string::npos ? "" : what.substr(space + 1);
    if (wanted.empty()) return fail("expect: expected 'screen ID' or 'text TEXT'");
    if (kind == "screen") {
        if (app_.view().screen == wanted) return {};
        return fail("expected screen '" + wanted + "'");
    }
    if (kind == "text") {
        for (const auto& text : drawer_.texts())
            if (text.find(wanted) != std::string::npos) return {};
        return fail("expected text '" + wanted + "' on screen");
    }
    return fail("expect: unknown kind '" + kind + "' (screen, text)");
}

std::string HeadlessRunner::seen() const {
    const auto& view = app_.view();
    std::string out = "screen '" + view.screen + "'";
    if (view.error) out += ", error panel '" + view.error->title_key + "'";
    if (view.busy) out += ", busy '" + view.busy->waiting_for_key + "'";
    if (view.countdown_seconds) out += ", countdown " + std::to_string(*view.countdown_seconds) + " s";
    return out + "\n  texts: " + join(drawer_.texts());
}

}  // namespace nanhai::kiosk::app
