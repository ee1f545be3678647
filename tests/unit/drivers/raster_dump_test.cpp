// The simulated printer's raw dump: header and packed rows as documented, and back again.
#include "drivers/sim/raster_dump.hpp"

#include <gtest/gtest.h>

namespace nanhai::drivers {
namespace {

TEST(SimRasterDump, HeaderThenPackedRows) {
    MonoRaster raster{9, 2};
    raster.set_black(0, 0);
    raster.set_black(8, 1);
    const auto bytes = encode_raster_dump(raster);
    EXPECT_EQ(bytes, (std::vector<std::uint8_t>{'N', 'H', 'R', '1', 9, 0, 2, 0, 0, 0,  //
                                                0x80, 0x00, 0x00, 0x80}));
    auto back = decode_raster_dump(bytes);
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(*back, raster);
}

TEST(SimRasterDump, TruncatedOrForeignDataIsRefused) {
    MonoRaster raster{16, 3};
    auto bytes = encode_raster_dump(raster);
    bytes.pop_back();
    EXPECT_FALSE(decode_raster_dump(bytes));
    EXPECT_FALSE(decode_raster_dump(std::vector<std::uint8_t>{'P', 'N', 'G'}));
}

}  // namespace
}  // namespace nanhai::drivers
