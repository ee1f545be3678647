// Headless SDL software rendering of ImGui frames (see headless_renderer.hpp).
#include "kiosk/ui/headless_renderer.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>

#include <cfloat>

#include "kiosk/ui/string_table.hpp"

namespace nanhai::kiosk::ui {
namespace {

// A fixed frame time: nothing on screen may depend on wall-clock time (reproducible frames).
constexpr float kFrameSeconds = 1.0f / 60.0f;

}  // namespace

Result<std::unique_ptr<HeadlessRenderer>, std::string> HeadlessRenderer::create(
    const HeadlessOptions& options) {
    std::unique_ptr<HeadlessRenderer> r(new HeadlessRenderer());
    r->context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(r->context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk keeps no window layout between runs
    io.LogFilename = nullptr;
    r->builder_ = std::make_unique<FontAtlasBuilder>(options.font);
    for (const StringTable* table : options.tables) r->builder_->add_table(*table);
    r->builder_->add_texts(options.extra_texts);
    r->themes_ = options.themes;
    auto fonts = r->builder_->build(*io.Fonts, r->themes_);
    if (!fonts) return fail(fonts.error());
    r->fonts_ = std::move(*fonts);
    r->font_report_ = r->builder_->report();
    r->clear_mouse();
    return r;
}

Result<bool, std::string> HeadlessRenderer::learn_texts(const std::vector<std::string>& texts) {
    if (!builder_->add_new(texts)) return false;
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    auto fonts = builder_->build(*io.Fonts, themes_);
    if (!fonts) return fail(fonts.error());
    fonts_ = std::move(*fonts);
    font_report_ = builder_->report();
    if (renderer_ != nullptr) {
        ImGui_ImplSDLRenderer_DestroyFontsTexture();
        ImGui_ImplSDLRenderer_CreateFontsTexture();
    }
    return true;
}

HeadlessRenderer::~HeadlessRenderer() {
    ImGui::SetCurrentContext(context_);
    release_target();
    ImGui::DestroyContext(context_);
}

void HeadlessRenderer::release_target() {
    if (renderer_ != nullptr) {
        ImGui_ImplSDLRenderer_Shutdown();
        SDL_DestroyRenderer(renderer_);
        renderer_ = nullptr;
    }
    if (surface_ != nullptr) {
        SDL_FreeSurface(surface_);
        surface_ = nullptr;
    }
}

Result<void, std::string> HeadlessRenderer::ensure_target(int width, int height) {
    if (surface_ != nullptr && surface_->w == width && surface_->h == height) return {};
    release_target();
    // RGB888 + software renderer: no display, no SDL_Init of video, and twice as fast as
    // ABGR8888 (toolchain.md).
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGB888);
    if (surface_ == nullptr) return fail(std::string("SDL surface: ") + SDL_GetError());
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    if (renderer_ == nullptr) return fail(std::string("SDL software renderer: ") + SDL_GetError());
    ImGui_ImplSDLRenderer_Init(renderer_);
    return {};
}

MaybeIntent HeadlessRenderer::run_frame(int width, int height, const DrawFn& draw) {
    ImGui::SetCurrentContext(context_);
    if (auto ok = ensure_target(width, height); !ok) {
        SDL_Log("headless renderer: %s", ok.error().c_str());
        return std::nullopt;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DeltaTime = kFrameSeconds;
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    registry_.begin_frame();
    FrameContext frame{registry_, fonts_, io.DisplaySize.x, io.DisplaySize.y};
    MaybeIntent intent = draw(frame);
    ImGui::Render();
    return intent;
}

RgbImage HeadlessRenderer::rasterise(int width, int height) {
    RgbImage image{width, height, {}};
    if (renderer_ == nullptr) return image;
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderClear(renderer_);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    image.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    // Reading pixels flushes SDL's queued render commands; RGB24 is the packed layout we keep.
    SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGB24, image.pixels.data(), width * 3);
    return image;
}

RenderedFrame HeadlessRenderer::render(int width, int height, const DrawFn& draw) {
    MaybeIntent intent = run_frame(width, height, draw);
    keep_first(intent, run_frame(width, height, draw));
    return {rasterise(width, height), std::move(intent)};
}

MaybeIntent HeadlessRenderer::step(int width, int height, const DrawFn& draw) {
    return run_frame(width, height, draw);
}

Result<MaybeIntent, std::string> HeadlessRenderer::tap(std::string_view widget_id, int width,
                                                       int height, const DrawFn& draw) {
    const auto widget = registry_.find(widget_id);
    if (!widget) return fail("no widget '" + std::string(widget_id) + "' on the last frame");
    if (!widget->enabled) return fail("widget '" + std::string(widget_id) + "' is disabled");
    const float x = widget->rect.center_x();
    const float y = widget->rect.center_y();
    // Move, press, release: ImGui's buttons fire on release over the item they were pressed on.
    set_mouse(x, y, false);
    MaybeIntent intent = run_frame(width, height, draw);
    set_mouse(x, y, true);
    keep_first(intent, run_frame(width, height, draw));
    set_mouse(x, y, false);
    keep_first(intent, run_frame(width, height, draw));
    clear_mouse();
    return intent;
}

void HeadlessRenderer::set_mouse(float x, float y, bool down) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    io.MouseDown[0] = down;
}

void HeadlessRenderer::clear_mouse() { set_mouse(-FLT_MAX, -FLT_MAX, false); }

void HeadlessRenderer::add_text_input(const std::string& utf8) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str());
}

}  // namespace nanhai::kiosk::ui
