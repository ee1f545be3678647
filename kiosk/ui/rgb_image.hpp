// A packed 8-bit RGB image (3 bytes per pixel, rows top to bottom): what headless frames,
// PNG files and golden comparisons exchange.
#pragma once

#include <cstdint>
#include <vector>

namespace nanhai::kiosk::ui {

struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width * height * 3

    std::size_t offset(int x, int y) const {
        return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                static_cast<std::size_t>(x)) * 3;
    }
};

}  // namespace nanhai::kiosk::ui
