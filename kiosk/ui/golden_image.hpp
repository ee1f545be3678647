// Golden-image comparison for headless frames. Frames are byte-identical across runs and
// video drivers (toolchain.md), but FreeType or SDL updates may move a few anti-aliased edge
// pixels, and the software rasteriser's thin lines land a pixel apart on different CPUs (SIMD
// paths): so the check allows a per-channel tolerance, a pixel that matches one of its
// neighbours in the other image (an edge moved by `edge_shift` pixels), and a count of
// differing pixels.
// Goldens are stored downscaled (box filter) to keep the repository small.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "kiosk/ui/rgb_image.hpp"

namespace nanhai::kiosk::ui {

struct ImageDiff {
    bool same_size = false;
    std::size_t differing_pixels = 0;  // pixels with any channel off by more than the tolerance
    int max_channel_difference = 0;
};

// A pixel differs when it is off by more than the tolerance from the pixel at the same place
// and, with `edge_shift` > 0, from every pixel within that distance in the other image (both
// ways, so a line that moved still matches but a line that appeared or vanished does not).
ImageDiff compare_images(const RgbImage& a, const RgbImage& b, int channel_tolerance, int edge_shift = 0);

// Mean of each factor x factor block (the last partial blocks are dropped).
RgbImage downscale(const RgbImage& image, int factor);

struct GoldenOptions {
    int downscale_factor = 4;
    int channel_tolerance = 8;
    int edge_shift = 0;  // pixels (in the downscaled image) an edge may move
    std::size_t max_differing_pixels = 0;
    bool update = false;  // write `actual` as the new golden instead of comparing
    std::filesystem::path failure_dir;  // where to put actual and golden when they differ
};

// Compares `actual` (full size) with the golden PNG. Errors say how many pixels differ and
// where the actual image was written for review.
Result<void, std::string> check_golden(const RgbImage& actual, const std::filesystem::path& golden,
                                       const GoldenOptions& options);

}  // namespace nanhai::kiosk::ui
