// Nearest-size font lookup (see font_set.hpp).
#include "kiosk/ui/font_set.hpp"

#include <cmath>

namespace nanhai::kiosk::ui {

ImFont* FontSet::at(float pixels) const {
    ImFont* best = nullptr;
    float best_distance = 0;
    for (const auto& [px, font] : fonts_) {
        const float distance = std::fabs(px - pixels);
        if (best == nullptr || distance < best_distance) {
            best = font;
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace nanhai::kiosk::ui
