// PNG read/write through stb (see image_io.hpp).
#include "kiosk/ui/image_io.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

#include <memory>

namespace nanhai::kiosk::ui {

Result<void, std::string> write_png(const std::filesystem::path& file, const RgbImage& image) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return fail("cannot create " + file.parent_path().string() + ": " + ec.message());
    const int ok = stbi_write_png(file.c_str(), image.width, image.height, 3, image.pixels.data(),
                                  image.width * 3);
    if (ok == 0) return fail("cannot write " + file.string());
    return {};
}

Result<RgbImage, std::string> read_png(const std::filesystem::path& file) {
    int w = 0;
    int h = 0;
    int channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> data(stbi_load(file.c_str(), &w, &h, &channels, 3),
                                                   stbi_image_free);
    if (!data) return fail("cannot read " + file.string() + ": " + stbi_failure_reason());
    RgbImage image{w, h, {}};
    image.pixels.assign(data.get(), data.get() + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
    return image;
}

}  // namespace nanhai::kiosk::ui
