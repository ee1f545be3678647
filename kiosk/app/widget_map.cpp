// The widget map (see widget_map.hpp).
#include "kiosk/app/widget_map.hpp"

#include <cstdio>
#include <fstream>

namespace nanhai::kiosk::app {

std::string describe_widgets(const std::string& screen, const ui::WidgetRegistry& registry) {
    std::string out = "screen " + screen + "\n";
    char line[512];
    for (const auto& w : registry.widgets()) {
        std::snprintf(line, sizeof line, "%s %.0f %.0f %.0f %.0f %d\n", w.id.c_str(), w.rect.x, w.rect.y, w.rect.w,
                      w.rect.h, w.enabled ? 1 : 0);
        out += line;
    }
    return out;
}

void WidgetMapWriter::update(const std::string& map) {
    if (map == last_) return;
    const auto temp = file_.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << map;
        if (!out) return;
    }
    std::error_code ec;
    std::filesystem::rename(temp, file_, ec);
    if (!ec) last_ = map;
}

}  // namespace nanhai::kiosk::app
