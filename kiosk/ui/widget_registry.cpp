// Per-frame widget id -> rectangle table (see widget_registry.hpp).
#include "kiosk/ui/widget_registry.hpp"

#include <algorithm>

namespace nanhai::kiosk::ui {

void WidgetRegistry::begin_frame() {
    widgets_.clear();
    duplicates_.clear();
}

void WidgetRegistry::add(std::string_view id, Rect rect, bool enabled) {
    if (find(id)) {
        duplicates_.emplace_back(id);
        return;
    }
    widgets_.push_back({std::string(id), rect, enabled});
}

void WidgetRegistry::disable_all() {
    for (auto& w : widgets_) w.enabled = false;
}

std::optional<RegisteredWidget> WidgetRegistry::find(std::string_view id) const {
    const auto it = std::find_if(widgets_.begin(), widgets_.end(),
                                 [id](const RegisteredWidget& w) { return w.id == id; });
    if (it == widgets_.end()) return std::nullopt;
    return *it;
}

std::vector<std::string> WidgetRegistry::ids() const {
    std::vector<std::string> out;
    out.reserve(widgets_.size());
    for (const auto& w : widgets_) out.push_back(w.id);
    return out;
}

}  // namespace nanhai::kiosk::ui
