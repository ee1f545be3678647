// The windowed loop (see window_loop.hpp).
#include "kiosk/app/window_loop.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "kiosk/app/widget_map.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace nanhai::kiosk::app {
namespace {

// How long the loop may sleep: a running countdown or spinner needs a frame every ~100 ms;
// otherwise once a second is enough for the core's inactivity timer (input and device events
// wake the loop anyway).
int sleep_ms(const core::ViewState& view) {
    return (view.busy || view.countdown_seconds) ? 100 : 1000;
}

// What a timer wake-up can change on screen (the countdown, a print status, a session that
// timed out); anything else changes only with input or a delivered message.
std::string frame_key(const core::ViewState& view) {
    std::string key = view.screen;
    if (view.countdown_seconds) key += "|c" + std::to_string(*view.countdown_seconds);
    if (view.print) key += "|p" + view.print->state;
    if (view.error) key += "|e" + view.error->title_key;
    return key;
}

struct SdlWindow {
    SDL_Window* window = nullptr;
    SDL_Renderer* renderer = nullptr;
    ~SdlWindow() {
        if (renderer) SDL_DestroyRenderer(renderer);
        if (window) SDL_DestroyWindow(window);
    }
};

bool open_window(SdlWindow& w, const WindowSettings& s) {
    const Uint32 flags = static_cast<Uint32>(SDL_WINDOW_SHOWN) | (s.fullscreen ? static_cast<Uint32>(SDL_WINDOW_FULLSCREEN_DESKTOP) : 0u);
    w.window = SDL_CreateWindow("Nanhai kiosk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                s.width, s.height, flags);
    if (!w.window) return false;
    w.renderer = SDL_CreateRenderer(w.window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    // No GPU (Xvfb, a bare VM): SDL's software renderer draws the same frames.
    if (!w.renderer) w.renderer = SDL_CreateRenderer(w.window, -1, SDL_RENDERER_SOFTWARE);
    return w.renderer != nullptr;
}

bool build_fonts(ui::FontAtlasBuilder& builder, ui::FontSet& fonts) {
    auto built = builder.build(*ImGui::GetIO().Fonts, {ui::Theme::normal(), ui::Theme::elder()});
    if (!built) {
        std::fprintf(stderr, "kiosk: fonts: %s\n", built.error().c_str());
        return false;
    }
    fonts = std::move(*built);
    return true;
}

// The platform's texts (names, items) are known only when they arrive: a frame that drew a
// character the atlas lacks makes it grow, and the next frame draws it.
bool grow_fonts(ui::FontAtlasBuilder& builder, const std::vector<std::string>& texts, ui::FontSet& fonts) {
    if (!builder.add_new(texts)) return false;
    ImGui::GetIO().Fonts->Clear();
    if (!build_fonts(builder, fonts)) return false;
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
    return true;
}

}  // namespace

WindowLoop::WindowLoop() {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        error_ = SDL_GetError();
        return;
    }
    const Uint32 type = SDL_RegisterEvents(1);
    if (type == static_cast<Uint32>(-1)) error_ = "no SDL user event left";
    else wake_event_ = type;
}

WindowLoop::~WindowLoop() { SDL_Quit(); }

std::function<void()> WindowLoop::wake_hook() const {
    const Uint32 type = wake_event_;
    return [type] {
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event);  // thread-safe: called from driver and worker threads
    };
}

int WindowLoop::run(KioskApp& app, ScreenDrawer& drawer, const WindowSettings& settings) {
    SdlWindow w;
    if (!open_window(w, settings)) {
        std::fprintf(stderr, "kiosk: cannot open a window: %s\n", SDL_GetError());
        return 1;
    }
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // a kiosk keeps no window layout between runs
    ui::FontAtlasBuilder builder(settings.font);
    for (const auto* table : drawer.tables()) builder.add_table(*table);
    builder.add_texts(settings.extra_texts);
    ui::FontSet fonts;
    if (!build_fonts(builder, fonts)) return 1;
    ImGui_ImplSDL2_InitForSDLRenderer(w.window);
    ImGui_ImplSDLRenderer_Init(w.renderer);
    ui::WidgetRegistry registry;
    std::optional<WidgetMapWriter> widget_map;
    if (const char* file = std::getenv("KIOSK_WIDGET_MAP"); file != nullptr && *file != '\0') widget_map.emplace(file);
    const auto start = std::chrono::steady_clock::now();
    bool running = true;
    int eager_frames = 2;  // after input, ImGui needs a frame or two to settle hover and release
    std::string drawn_key;
    while (running) {
        SDL_Event event;
        const int timeout = eager_frames > 0 ? 0 : sleep_ms(app.view());
        bool woken = false;
        if (SDL_WaitEventTimeout(&event, timeout)) {
            do {
                if (event.type == SDL_QUIT) running = false;
                ImGui_ImplSDL2_ProcessEvent(&event);
            } while (SDL_PollEvent(&event));
            eager_frames = 2;
            woken = true;
        } else if (eager_frames > 0) {
            --eager_frames;
            woken = true;
        }
        // 1-2: events were pumped above; drain the app queue; 3: tick (inside pump()).
        if (app.pump()) eager_frames = 2, woken = true;
        // An idle kiosk: the timer woke us, nothing moved, nothing animates: no frame.
        const std::string key = frame_key(app.view());
        if (!woken && !app.view().busy && key == drawn_key) continue;
        drawn_key = key;
        // 4: draw the view; a widget's intent goes to the core.
        ImGui_ImplSDLRenderer_NewFrame();
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        registry.begin_frame();
        int width = 0;
        int height = 0;
        SDL_GetRendererOutputSize(w.renderer, &width, &height);
        const float elapsed = std::chrono::duration<float>(std::chrono::steady_clock::now() - start).count();
        const ui::MaybeIntent intent = drawer.draw(registry, fonts, static_cast<float>(width),
                                                   static_cast<float>(height), app.view(), elapsed,
                                                   app.dev_panel());
        ImGui::Render();
        // 5: present.
        SDL_SetRenderDrawColor(w.renderer, 0, 0, 0, 255);
        SDL_RenderClear(w.renderer);
        ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
        SDL_RenderPresent(w.renderer);
        if (grow_fonts(builder, drawer.texts(), fonts)) eager_frames = 2;
        if (widget_map) widget_map->update(describe_widgets(app.view().screen, registry));
        if (intent) {
            app.handle(*intent);
            eager_frames = 2;
        }
    }
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext(context);
    return 0;
}

}  // namespace nanhai::kiosk::app
