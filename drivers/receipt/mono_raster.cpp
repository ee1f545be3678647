// MonoRaster: one byte per dot internally (simple drawing), packed on the way out.
#include "drivers/receipt/mono_raster.hpp"

#include <algorithm>

namespace nanhai::drivers {

MonoRaster::MonoRaster(int width, int height)
    : width_{std::max(width, 0)},
      height_{std::max(height, 0)},
      dots_(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_), 0) {}

bool MonoRaster::black(int x, int y) const {
    if (x < 0 || y < 0 || x >= width_ || y >= height_) return false;
    return dots_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) +
                 static_cast<std::size_t>(x)] != 0;
}

void MonoRaster::set_black(int x, int y) {
    if (x < 0 || y < 0 || x >= width_ || y >= height_) return;
    dots_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width_) +
          static_cast<std::size_t>(x)] = 1;
}

void MonoRaster::fill_rect(int x, int y, int w, int h) {
    for (int row = std::max(y, 0); row < std::min(y + h, height_); ++row)
        for (int col = std::max(x, 0); col < std::min(x + w, width_); ++col) set_black(col, row);
}

void MonoRaster::extend(int rows) {
    if (rows <= 0) return;
    height_ += rows;
    dots_.resize(static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_), 0);
}

void MonoRaster::blit(const MonoRaster& other, int x, int y) {
    for (int row = 0; row < other.height(); ++row)
        for (int col = 0; col < other.width(); ++col)
            if (other.black(col, row)) set_black(x + col, y + row);
}

std::vector<std::uint8_t> MonoRaster::packed_row(int y) const {
    std::vector<std::uint8_t> out(static_cast<std::size_t>(bytes_per_row()), 0);
    for (int x = 0; x < width_; ++x)
        if (black(x, y))
            out[static_cast<std::size_t>(x / 8)] |= static_cast<std::uint8_t>(0x80u >> (x % 8));
    return out;
}

}  // namespace nanhai::drivers
