// Shared set-up for the UI tests: both string tables from the source tree and one headless
// renderer whose atlas holds every string (building fonts costs ~0.3 s, so once per binary).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "kiosk/config/kiosk_config.hpp"
#include "kiosk/ui/asset_paths.hpp"
#include "kiosk/ui/gallery_screens.hpp"
#include "kiosk/ui/headless_renderer.hpp"
#include "kiosk/ui/string_table.hpp"

namespace nanhai::kiosk::ui::test {

inline StringTable load_table(const std::string& language) {
    auto table = StringTable::load(string_table_path(source_assets_dir(), language));
    if (!table) ADD_FAILURE() << table.error();
    return table ? *table : StringTable{};
}

// Service catalogue names from the demo seed (docs/demo-data.md): at run time the app passes
// the platform's catalogue; here a sample proves that extra texts reach the atlas.
inline const std::vector<std::string>& sample_catalogue_names() {
    static const std::vector<std::string> names = {
        "个体工商户设立登记", "食品经营许可", "居民身份证换领", "门诊特定病种待遇认定",
        "南海区行政服务中心", "桂城街道行政服务中心", "狮山镇行政服务中心",
        "佛山市南海区人力资源和社会保障局"};
    return names;
}

struct UiTestEnv {
    StringTable zh = load_table("zh-CN");
    StringTable en = load_table("en");
    std::unique_ptr<HeadlessRenderer> renderer;

    static UiTestEnv& get() {
        static UiTestEnv env;
        return env;
    }
    const StringTable& table(const std::string& language) const {
        return language == "en" ? en : zh;
    }

private:
    UiTestEnv() {
        HeadlessOptions options{font_source_for(UiConfig{}.font_file), {&zh, &en},
                                sample_catalogue_names()};
        auto created = HeadlessRenderer::create(options);
        if (!created) {
            ADD_FAILURE() << created.error();
            return;
        }
        renderer = std::move(*created);
    }
};

// Draws a gallery screen in a language and mode: the callback tests hand to the renderer.
inline DrawFn gallery_frame(GalleryScreen screen, const std::string& language, UiMode mode,
                            GalleryView view = {}) {
    view.language = language;
    return [screen, language, mode, view](FrameContext& frame) {
        const Theme theme = Theme::for_mode(mode);
        Ui ui(theme, UiTestEnv::get().table(language), frame.fonts, frame.registry, frame.width,
              frame.height);
        return draw_gallery_screen(ui, screen, view);
    };
}

// Where tests write PNGs for people to look at: $KIOSK_UI_TEST_OUT, else a temp directory.
inline std::filesystem::path ui_test_output_dir() {
    if (const char* dir = std::getenv("KIOSK_UI_TEST_OUT"); dir != nullptr && *dir != '\0')
        return dir;
    return std::filesystem::temp_directory_path() / "kiosk-ui-tests";
}

inline std::filesystem::path golden_dir() {
    return source_assets_dir().parent_path() / "tests" / "golden" / "ui";
}

}  // namespace nanhai::kiosk::ui::test
