// Runs a headless script against the app: each action, then frames until the app is idle
// (nothing queued, nothing awaited, no card being read), with a bound on frames and time so a
// stuck flow fails instead of hanging. A failed expectation or action stops the run and
// reports the line, what was expected and what was on screen.
#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/screen_drawer.hpp"
#include "kiosk/app/script.hpp"
#include "kiosk/core/core_clock.hpp"
#include "kiosk/ui/headless_renderer.hpp"

namespace nanhai::kiosk::app {

struct HeadlessSettings {
    int width = 1920;
    int height = 1080;
    std::string shots_dir;
};

class HeadlessRunner {
public:
    HeadlessRunner(KioskApp& app, core::ManualCoreClock& clock, ScreenDrawer& drawer,
                   ui::HeadlessRenderer& renderer, HeadlessSettings settings);

    // 0 when every line passed; 1 otherwise (the report is on stderr).
    int run(const std::vector<ScriptLine>& lines);

private:
    Result<void, std::string> perform(const ScriptLine& line);
    Result<void, std::string> tap_widget(const std::string& id);
    Result<void, std::string> tap_point(const std::string& args);
    Result<void, std::string> type_text(const std::string& text);
    Result<void, std::string> enter_text(const std::string& text);
    Result<void, std::string> device(const ScriptLine& line);
    Result<void, std::string> platform(const std::string& what);
    Result<void, std::string> wait(const std::string& seconds);
    Result<void, std::string> shot(const std::string& name);
    Result<void, std::string> expect(const std::string& what);
    void apply(const ui::MaybeIntent& intent);
    void settle();
    bool learn_glyphs();
    ui::DrawFn draw_fn();
    std::string seen() const;

    KioskApp& app_;
    core::ManualCoreClock& clock_;
    ScreenDrawer& drawer_;
    ui::HeadlessRenderer& renderer_;
    HeadlessSettings settings_;
    core::CoreTime start_;
};

}  // namespace nanhai::kiosk::app
