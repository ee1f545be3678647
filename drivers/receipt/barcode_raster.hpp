// QR codes and Code 128 barcodes as 1-bit rasters, encoded by ZXing-cpp and scaled to whole
// dots per module so that every module prints the same width (a scanner needs that).
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "drivers/receipt/mono_raster.hpp"

namespace nanhai::drivers {

// Symbol only, no quiet zone. The module size shrinks (down to 1 dot) to fit max_width;
// errors: empty or unencodable payload, or a symbol wider than max_width at 1 dot a module.
Result<MonoRaster, std::string> qr_raster(std::string_view payload, int module_dots, int max_width);

// Bars only, no quiet zone and no human-readable line; same fitting rule as qr_raster.
Result<MonoRaster, std::string> code128_raster(std::string_view data, int module_dots,
                                               int bar_height, int max_width);

}  // namespace nanhai::drivers
