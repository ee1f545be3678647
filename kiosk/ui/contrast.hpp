// WCAG 2.x contrast between two sRGB colours. Elder mode promises >= 4.5:1 (WCAG AA for body
// text) for every text/background pair; the theme test checks each pair with this function.
#pragma once

#include <cstdint>

namespace nanhai::kiosk::ui {

struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

// 0xRRGGBB -> Rgb, so palettes read like the design tools that made them.
constexpr Rgb rgb(std::uint32_t hex) {
    return {static_cast<std::uint8_t>(hex >> 16), static_cast<std::uint8_t>(hex >> 8),
            static_cast<std::uint8_t>(hex)};
}

// Relative luminance in [0, 1] (WCAG 2.1, "relative luminance").
double relative_luminance(Rgb c);
// (L_lighter + 0.05) / (L_darker + 0.05), in [1, 21]; symmetric in its arguments.
double contrast_ratio(Rgb a, Rgb b);

inline constexpr double kMinTextContrast = 4.5;

}  // namespace nanhai::kiosk::ui
