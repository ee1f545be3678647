// The simulated printer's raw output (.bin): the raster exactly as it would go to the print
// head, behind a small header. Until the ESC/POS encoder exists this is the byte-level record of
// a job; tests read it back to compare with the PNG.
//
// Layout (little-endian): "NHR1", u16 width in dots, u32 height in rows, then each row packed
// 8 dots per byte, most significant bit first, 1 = black (MonoRaster::packed_row).
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "drivers/receipt/mono_raster.hpp"

namespace nanhai::drivers {

std::vector<std::uint8_t> encode_raster_dump(const MonoRaster& raster);
// Errors: wrong magic, truncated data.
Result<MonoRaster, std::string> decode_raster_dump(std::span<const std::uint8_t> bytes);
// Written through a temporary file and a rename, like the PNG.
Result<void, std::string> write_raster_dump(const MonoRaster& raster,
                                            const std::filesystem::path& path);

}  // namespace nanhai::drivers
