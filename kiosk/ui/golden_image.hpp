// Golden-image comparison for headless frames. Frames are byte-identical across runs and
// video drivers (toolchain.md), but FreeType or SDL updates may move a few anti-aliased edge
// pixels, so the check allows a per-channel tolerance and a count of differing pixels.
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

ImageDiff compare_images(const RgbImage& a, const RgbImage& b, int channel_tolerance);

// Mean of each factor x factor block (the last partial blocks are dropped).
RgbImage downscale(const RgbImage& image, int factor);

struct GoldenOptions {
    int downscale_factor = 4;
    int channel_tolerance = 8;
    std::size_t max_differing_pixels = 0;
    bool update = false;  // write `actual` as the new golden instead of comparing
    std::filesystem::path failure_dir;  // where to put actual and golden when they differ
};

// Compares `actual` (full size) with the golden PNG. Errors say how many pixels differ and
// where the actual image was written for review.
Result<void, std::string> check_golden(const RgbImage& actual, const std::filesystem::path& golden,
                                       const GoldenOptions& options);

}  // namespace nanhai::kiosk::ui
