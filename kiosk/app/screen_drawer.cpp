// One frame of the app's screens (see screen_drawer.hpp).
#include "kiosk/app/screen_drawer.hpp"

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "kiosk/ui/asset_paths.hpp"
#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::app {
namespace fs = std::filesystem;

Result<ScreenDrawer, std::string> ScreenDrawer::load(const fs::path& assets_dir) {
    ScreenDrawer drawer;
    auto zh = ui::StringTable::load(ui::string_table_path(assets_dir, "zh-CN"));
    if (!zh) return fail(zh.error());
    auto en = ui::StringTable::load(ui::string_table_path(assets_dir, "en"));
    if (!en) return fail(en.error());
    drawer.zh_ = std::move(*zh);
    drawer.en_ = std::move(*en);
    return drawer;
}

ui::MaybeIntent ScreenDrawer::draw(ui::WidgetRegistry& registry, const ui::FontSet& fonts,
                                   float width, float height, const core::ViewState& view,
                                   float elapsed_seconds) {
    texts_.clear();
    const ui::Theme& theme = view.elder_mode ? elder_ : normal_;
    const ui::StringTable& table = view.language == "en" ? en_ : zh_;
    ui::Ui u(theme, table, fonts, registry, width, height);
    ui::screens::ScreenFrame frame{u, view, texts_, elapsed_seconds};
    return ui::screens::draw_view(frame);
}

std::vector<std::string> ScreenDrawer::missing_keys() const {
    std::set<std::string> keys;
    for (const auto* table : tables())
        for (auto& key : table->missing_keys()) keys.insert(key);
    return {keys.begin(), keys.end()};
}

std::vector<std::string> demo_glyph_texts(const fs::path& source_dir) {
    std::vector<std::string> texts;
    const auto add_file = [&texts](const fs::path& file) {
        std::ifstream in(file);
        texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    // STOPGAP for the demo and scripts: the platform's texts (seed data, blacklist reasons,
    // stage and status names), the core's (appeal statements) and the demo docs, read from the
    // source tree. A deployed kiosk has no source tree: the atlas must instead grow when a
    // frame meets a character it lacks (rebuild between frames). Tracked for the next session.
    std::error_code ec;
    for (const auto& dir : {source_dir / "platform", source_dir / "kiosk" / "core"}) {
        for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const auto ext = it->path().extension();
            if (ext == ".cpp" || ext == ".hpp") add_file(it->path());
        }
    }
    for (const auto& entry : fs::directory_iterator(source_dir / "docs", ec))
        if (entry.path().filename().string().starts_with("demo-")) add_file(entry.path());
    return texts;
}

}  // namespace nanhai::kiosk::app
