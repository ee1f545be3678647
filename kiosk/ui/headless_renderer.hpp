// Renders UI frames without a display: an RGB888 surface with SDL's software renderer, its own
// ImGui context and the kiosk's font atlas. Tests and `--headless --script` runs use it to draw
// any screen at any size, read the pixels, and tap widgets by id.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "kiosk/ui/font_atlas_builder.hpp"
#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/rgb_image.hpp"
#include "kiosk/ui/widget_registry.hpp"

struct ImGuiContext;
struct SDL_Renderer;
struct SDL_Surface;

namespace nanhai::kiosk::ui {

struct HeadlessOptions {
    FontSource font;
    std::vector<const StringTable*> tables;  // every language: their characters go in the atlas
    std::vector<std::string> extra_texts;    // e.g. service catalogue names
    std::vector<Theme> themes = {Theme::normal(), Theme::elder()};
};

// What a draw callback gets for one frame.
struct FrameContext {
    WidgetRegistry& registry;
    const FontSet& fonts;
    float width;
    float height;
};

using DrawFn = std::function<MaybeIntent(FrameContext&)>;

struct RenderedFrame {
    RgbImage image;
    MaybeIntent intent;
};

class HeadlessRenderer {
public:
    // Fails when the font cannot be read or SDL cannot create a software renderer.
    static Result<std::unique_ptr<HeadlessRenderer>, std::string> create(
        const HeadlessOptions& options);
    ~HeadlessRenderer();
    HeadlessRenderer(const HeadlessRenderer&) = delete;
    HeadlessRenderer& operator=(const HeadlessRenderer&) = delete;

    // Draws one frame at width x height (after an unrendered warm-up frame, so that anything
    // ImGui lays out from the previous frame has settled) and returns its pixels.
    RenderedFrame render(int width, int height, const DrawFn& draw);
    // Runs ImGui frames without rasterising: cheap, for driving input.
    MaybeIntent step(int width, int height, const DrawFn& draw);

    // Presses and releases at the centre of `widget_id` as registered by the last frame.
    // Fails when the widget was not drawn or is disabled; otherwise returns its intent (or
    // none, if the screen ignored the tap).
    Result<MaybeIntent, std::string> tap(std::string_view widget_id, int width, int height,
                                         const DrawFn& draw);
    void set_mouse(float x, float y, bool down);
    void clear_mouse();
    // Text typed on a keyboard or through an input method, delivered to the focused widget
    // on the next frame.
    void add_text_input(const std::string& utf8);

    // Grows the atlas with the characters of `texts` it lacks (the texts a frame drew); true
    // when it was rebuilt, and the frame should be drawn again. Fails only when the rebuild does.
    Result<bool, std::string> learn_texts(const std::vector<std::string>& texts);

    const WidgetRegistry& registry() const { return registry_; }
    const FontSet& fonts() const { return fonts_; }
    const FontReport& font_report() const { return font_report_; }

private:
    HeadlessRenderer() = default;
    Result<void, std::string> ensure_target(int width, int height);
    void release_target();
    MaybeIntent run_frame(int width, int height, const DrawFn& draw);
    RgbImage rasterise(int width, int height);

    std::unique_ptr<FontAtlasBuilder> builder_;
    std::vector<Theme> themes_;
    ImGuiContext* context_ = nullptr;
    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    FontSet fonts_;
    FontReport font_report_;
    WidgetRegistry registry_;
};

}  // namespace nanhai::kiosk::ui
