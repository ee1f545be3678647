// Raster dump encoding and decoding; see the header for the layout.
#include "drivers/sim/raster_dump.hpp"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace nanhai::drivers {
namespace {

constexpr std::uint8_t kMagic[4] = {'N', 'H', 'R', '1'};
constexpr std::size_t kHeaderSize = 10;

void put_le(std::vector<std::uint8_t>& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

std::uint32_t get_le(std::span<const std::uint8_t> bytes, std::size_t at, int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i)
        value |= static_cast<std::uint32_t>(bytes[at + static_cast<std::size_t>(i)]) << (8 * i);
    return value;
}

}  // namespace

std::vector<std::uint8_t> encode_raster_dump(const MonoRaster& raster) {
    std::vector<std::uint8_t> out(std::begin(kMagic), std::end(kMagic));
    put_le(out, static_cast<std::uint32_t>(raster.width()), 2);
    put_le(out, static_cast<std::uint32_t>(raster.height()), 4);
    for (int y = 0; y < raster.height(); ++y) {
        const auto row = raster.packed_row(y);
        out.insert(out.end(), row.begin(), row.end());
    }
    return out;
}

Result<MonoRaster, std::string> decode_raster_dump(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < kHeaderSize ||
        !std::equal(std::begin(kMagic), std::end(kMagic), bytes.begin()))
        return fail(std::string{"not a raster dump"});
    const auto width = static_cast<int>(get_le(bytes, 4, 2));
    const auto height = get_le(bytes, 6, 4);
    const std::size_t row_bytes = static_cast<std::size_t>((width + 7) / 8);
    if (bytes.size() != kHeaderSize + row_bytes * height)
        return fail(std::string{"raster dump size does not match its header"});
    MonoRaster raster{width, static_cast<int>(height)};
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < width; ++x) {
            const auto byte = bytes[kHeaderSize + static_cast<std::size_t>(y) * row_bytes +
                                    static_cast<std::size_t>(x / 8)];
            if (byte & (0x80u >> (x % 8))) raster.set_black(x, y);
        }
    return raster;
}

Result<void, std::string> write_raster_dump(const MonoRaster& raster,
                                            const std::filesystem::path& path) {
    const auto bytes = encode_raster_dump(raster);
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    {
        std::ofstream out{temporary, std::ios::binary | std::ios::trunc};
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        if (!out) return fail("cannot write " + temporary.string());
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) return fail("cannot rename to " + path.string() + ": " + error.message());
    return {};
}

}  // namespace nanhai::drivers
