// PNG files of 1-bit rasters: what the simulated printer "prints", what documentation and
// failing tests show. Written through a temporary file and a rename, so a reader watching the
// output directory never sees half a receipt.
#pragma once

#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "drivers/receipt/mono_raster.hpp"

namespace nanhai::drivers {

// Black dots become black pixels on white. Errors name the path and libpng's message.
Result<void, std::string> write_png(const MonoRaster& raster, const std::filesystem::path& path);

// Any PNG, converted to grey and thresholded at half; for tests and tools checking output.
Result<MonoRaster, std::string> read_png(const std::filesystem::path& path);

}  // namespace nanhai::drivers
