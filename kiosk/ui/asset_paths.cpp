// Source-tree asset locations (see asset_paths.hpp).
#include "kiosk/ui/asset_paths.hpp"

#include <string>

namespace nanhai::kiosk::ui {

std::filesystem::path source_assets_dir() { return KIOSK_UI_SOURCE_ASSETS_DIR; }

std::filesystem::path string_table_path(const std::filesystem::path& assets_dir,
                                        const std::string& language) {
    return assets_dir / "strings" / (language + ".json");
}

}  // namespace nanhai::kiosk::ui
