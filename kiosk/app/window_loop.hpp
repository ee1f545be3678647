// The windowed kiosk: an SDL window (fullscreen on a kiosk, windowed for development), an
// accelerated renderer when there is one (else SDL's software renderer), and the loop of
// docs/kiosk-design.md. It sleeps in SDL_WaitEventTimeout until the next deadline; device
// events and task results wake it through the AppQueue's wake hook (an SDL user event).
#pragma once

#include <functional>
#include <string>

#include "kiosk/app/kiosk_app.hpp"
#include "kiosk/app/screen_drawer.hpp"
#include "kiosk/ui/font_atlas_builder.hpp"

namespace nanhai::kiosk::app {

struct WindowSettings {
    int width = 1920;
    int height = 1080;
    bool fullscreen = true;
    ui::FontSource font;
    std::vector<std::string> extra_texts;  // glyphs besides the string tables
};

class WindowLoop {
public:
    // Initialises SDL video and registers the wake event; check ok() before use.
    WindowLoop();
    ~WindowLoop();
    WindowLoop(const WindowLoop&) = delete;
    WindowLoop& operator=(const WindowLoop&) = delete;

    bool ok() const { return wake_event_ != 0; }
    const std::string& error() const { return error_; }
    // For AppWiring::wake: thread-safe (SDL_PushEvent).
    std::function<void()> wake_hook() const;
    // Opens the window and runs until it is closed; the process exit code.
    int run(KioskApp& app, ScreenDrawer& drawer, const WindowSettings& settings);

private:
    unsigned int wake_event_ = 0;
    std::string error_;
};

}  // namespace nanhai::kiosk::app
