// One frame of the app's screens (see screen_drawer.hpp).
#include "kiosk/app/screen_drawer.hpp"

#include <set>

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
                                   float elapsed_seconds, const DevPanelView* dev) {
    texts_.clear();
    const ui::Theme& theme = view.elder_mode ? elder_ : normal_;
    const ui::StringTable& table = view.language == "en" ? en_ : zh_;
    ui::Ui u(theme, table, fonts, registry, width, height);
    ui::screens::ScreenFrame frame{u, view, texts_, elapsed_seconds};
    ui::MaybeIntent intent = ui::screens::draw_view(frame);
    if (dev) {
        ui::keep_first(intent, dev_panel(u, *dev));
        if (dev->open && !dev->status.empty()) texts_.push_back(dev->status);
    }
    return intent;
}

std::vector<std::string> ScreenDrawer::missing_keys() const {
    std::set<std::string> keys;
    for (const auto* table : tables())
        for (auto& key : table->missing_keys()) keys.insert(key);
    return {keys.begin(), keys.end()};
}

}  // namespace nanhai::kiosk::app
