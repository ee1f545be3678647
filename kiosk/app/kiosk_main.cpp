// Mode selection and start-up (see kiosk_main.hpp).
#include "kiosk/app/kiosk_main.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "kiosk/app/app_options.hpp"
#include "kiosk/app/headless_runner.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/platform_child.hpp"
#include "kiosk/app/screen_drawer.hpp"
#include "kiosk/app/script.hpp"
#include "kiosk/app/window_loop.hpp"
#include "kiosk/ui/asset_paths.hpp"
#include "kiosk/ui/headless_renderer.hpp"

namespace nanhai::kiosk::app {
namespace {

namespace fs = std::filesystem;

// Headless runs use the platform's test clock and the same instant on the core's clock, so
// that case codes, appeal deadlines and card expiry are the same on every run (a Tuesday
// morning, a working day).
constexpr const char* kScriptClock = "2026-12-01T09:00:00+08:00";

fs::path source_dir() { return KIOSK_SOURCE_DIR; }

Result<KioskConfig, std::string> load_config(const AppOptions& o) {
    const std::string path = o.config_file.empty() ? (source_dir() / "config" / "kiosk.demo.json").string()
                                                   : o.config_file;
    auto config = load_kiosk_config(path);
    if (!config) return fail(path + ": " + config.error());
    if (!o.language.empty()) config->ui.language = o.language;
    if (o.elder) config->ui.elder_mode = true;
    if (o.width > 0) {
        config->ui.width = o.width;
        config->ui.height = o.height;
    }
    return config;
}

// The demo's files (database, platform log, printed receipts, control socket) in one place.
void use_state_dir(KioskConfig& config, const std::string& dir, bool control_socket) {
    config.state_dir = dir;
    if (config.receipt_printer.sim_output_dir.empty()) config.receipt_printer.sim_output_dir = dir + "/prints";
    std::error_code ec;
    fs::create_directories(config.receipt_printer.sim_output_dir, ec);
    if (control_socket && config.sim_control_socket.empty()) config.sim_control_socket = dir + "/sim.sock";
}

Result<std::unique_ptr<PlatformChild>, std::string> launch_platform(const std::string& dir, bool headless) {
    return PlatformChild::launch({find_platform_binary(), dir, headless ? kScriptClock : ""});
}

int run_script_in(const std::string& dir, const AppOptions& o, KioskConfig config,
                  const std::vector<ScriptLine>& script) {
    use_state_dir(config, dir, false);
    std::unique_ptr<PlatformChild> platform;
    if (o.demo) {
        auto launched = launch_platform(dir, true);
        if (!launched) return std::fprintf(stderr, "kiosk: %s\n", launched.error().c_str()), 1;
        platform = std::move(*launched);
    }
    auto drawer = ScreenDrawer::load(ui::source_assets_dir());
    if (!drawer) return std::fprintf(stderr, "kiosk: %s\n", drawer.error().c_str()), 1;
    ui::HeadlessOptions options{ui::font_source_for(config.ui.font_file), drawer->tables(), {}};
    auto renderer = ui::HeadlessRenderer::create(options);
    if (!renderer) return std::fprintf(stderr, "kiosk: %s\n", renderer.error().c_str()), 1;
    auto clock = std::make_unique<core::ManualCoreClock>(*core::core_time_from_iso(kScriptClock));
    core::ManualCoreClock& manual = *clock;
    auto app = KioskApp::create({std::move(config), std::move(platform), std::move(clock), {}, o.demo && o.dev_panel});
    if (!app) return std::fprintf(stderr, "kiosk: %s\n", app.error().c_str()), 1;
    const auto& ui_config = (*app)->config().ui;
    HeadlessRunner runner(**app, manual, *drawer, **renderer, {ui_config.width, ui_config.height, o.shots_dir});
    const int code = runner.run(script);
    for (const auto& key : drawer->missing_keys()) std::fprintf(stderr, "kiosk: missing string key %s\n", key.c_str());
    return code;
}

// Each run gets a fresh state directory; it is removed after a passing run and kept (with the
// platform's log) after a failing one, for the bug report.
int run_headless(const AppOptions& o, KioskConfig config) {
    auto script = load_script(o.script);
    if (!script) return std::fprintf(stderr, "kiosk: %s\n", script.error().c_str()), 2;
    if (!o.state_dir.empty()) {  // kept, whatever the outcome: the caller reads it
        std::error_code ec;
        fs::create_directories(o.state_dir, ec);
        if (ec) return std::fprintf(stderr, "kiosk: %s: %s\n", o.state_dir.c_str(), ec.message().c_str()), 1;
        return run_script_in(o.state_dir, o, std::move(config), *script);
    }
    const std::string dir = fresh_state_dir();
    if (dir.empty()) return std::fprintf(stderr, "kiosk: cannot create a state directory in $TMPDIR or /tmp\n"), 1;
    const int code = run_script_in(dir, o, std::move(config), *script);
    std::error_code ec;
    if (code == 0) fs::remove_all(dir, ec);
    else std::fprintf(stderr, "kiosk: state kept in %s (platform.log)\n", dir.c_str());
    return code;
}

bool has_display() {
    const char* x = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

int run_window(const AppOptions& o, KioskConfig config) {
    std::unique_ptr<PlatformChild> platform;
    if (o.demo) {
        const std::string dir = demo_state_dir();
        use_state_dir(config, dir, true);
        if (!has_display()) {
            std::fprintf(stderr, "kiosk --demo: no display (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                                 "Run it in a desktop session, under `xvfb-run -s '-screen 0 1920x1080x24'`,\n"
                                 "or without a display: kiosk --headless --demo --script FILE --shots DIR\n");
            return 1;
        }
        auto launched = launch_platform(dir, false);
        if (!launched) return std::fprintf(stderr, "kiosk: %s\n", launched.error().c_str()), 1;
        platform = std::move(*launched);
        std::printf("kiosk --demo: platform at %s, state in %s\n  cards: echo 'card insert citizen' | socat - UNIX-CONNECT:%s\n",
                    platform->base_url().c_str(), dir.c_str(), config.sim_control_socket.c_str());
    }
    auto drawer = ScreenDrawer::load(ui::source_assets_dir());
    if (!drawer) return std::fprintf(stderr, "kiosk: %s\n", drawer.error().c_str()), 1;
    WindowLoop loop;  // before the app: its wake hook must outlive the app's threads
    if (!loop.ok()) return std::fprintf(stderr, "kiosk: SDL: %s\n", loop.error().c_str()), 1;
    const WindowSettings settings{config.ui.width, config.ui.height, config.ui.fullscreen,
                                  ui::font_source_for(config.ui.font_file), {}};
    auto app = KioskApp::create({std::move(config), std::move(platform), nullptr, loop.wake_hook(), o.demo, true, {}});
    if (!app) return std::fprintf(stderr, "kiosk: %s\n", app.error().c_str()), 1;
    // A real reader takes about this long; the demo shows the "reading" state.
    if (o.demo && (*app)->sim().identity_reader) (*app)->sim().identity_reader->set_read_delay(std::chrono::milliseconds(800));
    return loop.run(**app, *drawer, settings);
}

}  // namespace

int kiosk_main(int argc, const char* const* argv) {
    auto options = parse_app_options(argc, argv);
    if (!options) return std::fprintf(stderr, "kiosk: %s", options.error().c_str()), 2;
    if (options->help) return std::printf("%s", app_usage().c_str()), 0;
    auto config = load_config(*options);
    if (!config) return std::fprintf(stderr, "kiosk: %s\n", config.error().c_str()), 2;
    return options->headless ? run_headless(*options, std::move(*config)) : run_window(*options, std::move(*config));
}

}  // namespace nanhai::kiosk::app
