// Where the UI's assets are when the app is run from a source checkout (development, tests).
// An installed kiosk passes its assets directory explicitly.
#pragma once

#include <filesystem>
#include <string>

namespace nanhai::kiosk::ui {

// <source tree>/assets, as configured at build time.
std::filesystem::path source_assets_dir();
// <assets>/strings/<language>.json
std::filesystem::path string_table_path(const std::filesystem::path& assets_dir,
                                        const std::string& language);

}  // namespace nanhai::kiosk::ui
