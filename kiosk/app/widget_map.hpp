// Where the window's widgets are, written to a file for tools outside the process (the
// Xvfb + xdotool test clicks by id through it; a support technician can read what is on
// screen). Enabled with KIOSK_WIDGET_MAP=FILE; written only when it changes, through a
// temporary file and a rename, so a reader never sees half a map.
#pragma once

#include <filesystem>
#include <string>

#include "kiosk/ui/widget_registry.hpp"

namespace nanhai::kiosk::app {

// "screen <id>\n" then one line per widget: "<id> <x> <y> <w> <h> <0|1 enabled>".
std::string describe_widgets(const std::string& screen, const ui::WidgetRegistry& registry);

class WidgetMapWriter {
public:
    explicit WidgetMapWriter(std::filesystem::path file) : file_{std::move(file)} {}
    // Writes `map` when it differs from what was written last.
    void update(const std::string& map);

private:
    std::filesystem::path file_;
    std::string last_;
};

}  // namespace nanhai::kiosk::app
