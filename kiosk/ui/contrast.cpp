// WCAG relative luminance and contrast ratio (see contrast.hpp).
#include "kiosk/ui/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace nanhai::kiosk::ui {
namespace {

// sRGB channel (0..255) to linear light, with the WCAG 2.1 threshold 0.04045.
double linear_channel(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(Rgb c) {
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) +
           0.0722 * linear_channel(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace nanhai::kiosk::ui
