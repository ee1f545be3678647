// A 1-bit raster as a printer sees it: rows of dots, each black or white. The value type shared
// by the receipt renderer, the PNG writer, the simulated printer's raw dump and (later) the
// ESC/POS raster strategy, which sends packed_row() bytes as they are.
#pragma once

#include <cstdint>
#include <vector>

namespace nanhai::drivers {

class MonoRaster {
public:
    MonoRaster() = default;
    MonoRaster(int width, int height);

    int width() const { return width_; }
    int height() const { return height_; }

    // Out-of-range reads are white and writes are ignored, so drawing code can clip for free.
    bool black(int x, int y) const;
    void set_black(int x, int y);
    void fill_rect(int x, int y, int w, int h);
    // Adds white rows at the bottom (the renderer grows the paper as it lays out).
    void extend(int rows);
    // Copies `other` with its top-left corner at (x, y); black dots only, clipped.
    void blit(const MonoRaster& other, int x, int y);

    // One row packed 8 dots per byte, most significant bit first, 1 = black (ESC/POS order);
    // the last byte is padded with white.
    std::vector<std::uint8_t> packed_row(int y) const;
    int bytes_per_row() const { return (width_ + 7) / 8; }

    bool operator==(const MonoRaster&) const = default;

private:
    int width_ = 0;
    int height_ = 0;
    std::vector<std::uint8_t> dots_;  // one byte per dot, row-major, 1 = black
};

}  // namespace nanhai::drivers
