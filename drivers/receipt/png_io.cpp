// PNG through libpng's simplified API (png_image): no setjmp error handling needed.
#include "drivers/receipt/png_io.hpp"

#include <png.h>

#include <cstdint>
#include <system_error>
#include <vector>

namespace nanhai::drivers {
namespace {

std::vector<std::uint8_t> to_grey(const MonoRaster& raster) {
    std::vector<std::uint8_t> grey(
        static_cast<std::size_t>(raster.width()) * static_cast<std::size_t>(raster.height()), 255);
    std::size_t i = 0;
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < raster.width(); ++x, ++i)
            if (raster.black(x, y)) grey[i] = 0;
    return grey;
}

}  // namespace

Result<void, std::string> write_png(const MonoRaster& raster, const std::filesystem::path& path) {
    if (raster.width() <= 0 || raster.height() <= 0)
        return fail("write_png " + path.string() + ": empty raster");
    const std::vector<std::uint8_t> grey = to_grey(raster);
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(raster.width());
    image.height = static_cast<png_uint_32>(raster.height());
    image.format = PNG_FORMAT_GRAY;
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    if (!png_image_write_to_file(&image, temporary.c_str(), 0, grey.data(), raster.width(),
                                 nullptr)) {
        std::string message = image.message;
        png_image_free(&image);
        return fail("write_png " + path.string() + ": " + message);
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) return fail("write_png " + path.string() + ": " + error.message());
    return {};
}

Result<MonoRaster, std::string> read_png(const std::filesystem::path& path) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str()))
        return fail("read_png " + path.string() + ": " + image.message);
    image.format = PNG_FORMAT_GRAY;
    std::vector<std::uint8_t> grey(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, grey.data(), 0, nullptr)) {
        std::string message = image.message;
        png_image_free(&image);
        return fail("read_png " + path.string() + ": " + message);
    }
    const int width = static_cast<int>(image.width);
    const int height = static_cast<int>(image.height);
    MonoRaster raster{width, height};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            if (grey[static_cast<std::size_t>(y * width + x)] < 128) raster.set_black(x, y);
    return raster;
}

}  // namespace nanhai::drivers
