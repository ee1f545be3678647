// PNG files for headless frames (stb_image_write / stb_image from Debian's libstb). Writing a
// 1080p PNG costs ~170 ms, so tests compare raw buffers and write PNGs only for people.
#pragma once

#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "kiosk/ui/rgb_image.hpp"

namespace nanhai::kiosk::ui {

// Creates missing parent directories. Errors name the path.
Result<void, std::string> write_png(const std::filesystem::path& file, const RgbImage& image);
Result<RgbImage, std::string> read_png(const std::filesystem::path& file);

}  // namespace nanhai::kiosk::ui
