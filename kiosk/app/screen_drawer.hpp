// Draws core.view() for one frame with the right string table and theme, and keeps the texts
// that frame drew (headless `expect text` and failure reports read them). Shared by the window
// loop and the headless runner so that both draw exactly the same thing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "kiosk/app/dev_panel.hpp"
#include "kiosk/core/view_state.hpp"
#include "kiosk/ui/font_set.hpp"
#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/string_table.hpp"
#include "kiosk/ui/theme.hpp"
#include "kiosk/ui/widget_registry.hpp"

namespace nanhai::kiosk::app {

class ScreenDrawer {
public:
    static Result<ScreenDrawer, std::string> load(const std::filesystem::path& assets_dir);

    // `dev`: the developer panel over the screen (demo runs), or null.
    ui::MaybeIntent draw(ui::WidgetRegistry& registry, const ui::FontSet& fonts, float width,
                         float height, const core::ViewState& view, float elapsed_seconds,
                         const DevPanelView* dev = nullptr);

    const std::vector<std::string>& texts() const { return texts_; }
    std::vector<const ui::StringTable*> tables() const { return {&zh_, &en_}; }
    // Keys a screen asked for that neither table has (a screen bug: reported at exit).
    std::vector<std::string> missing_keys() const;

private:
    ui::StringTable zh_;
    ui::StringTable en_;
    ui::Theme normal_ = ui::Theme::normal();
    ui::Theme elder_ = ui::Theme::elder();
    std::vector<std::string> texts_;
};

}  // namespace nanhai::kiosk::app
