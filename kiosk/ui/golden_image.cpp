// Image comparison with tolerance (see golden_image.hpp).
#include "kiosk/ui/golden_image.hpp"

#include <algorithm>
#include <cstdlib>

#include "kiosk/ui/image_io.hpp"

namespace nanhai::kiosk::ui {
namespace {

int pixel_difference(const RgbImage& a, const RgbImage& b, std::size_t at) {
    int worst = 0;
    for (std::size_t c = 0; c < 3; ++c)
        worst = std::max(worst, std::abs(int{a.pixels[at + c]} - int{b.pixels[at + c]}));
    return worst;
}

std::uint8_t block_mean(const RgbImage& image, int bx, int by, int factor, int channel) {
    int sum = 0;
    for (int y = by * factor; y < (by + 1) * factor; ++y)
        for (int x = bx * factor; x < (bx + 1) * factor; ++x)
            sum += image.pixels[image.offset(x, y) + static_cast<std::size_t>(channel)];
    return static_cast<std::uint8_t>((sum + factor * factor / 2) / (factor * factor));
}

}  // namespace

ImageDiff compare_images(const RgbImage& a, const RgbImage& b, int channel_tolerance) {
    ImageDiff diff;
    diff.same_size = a.width == b.width && a.height == b.height &&
                     a.pixels.size() == b.pixels.size();
    if (!diff.same_size) return diff;
    for (std::size_t at = 0; at < a.pixels.size(); at += 3) {
        const int d = pixel_difference(a, b, at);
        diff.max_channel_difference = std::max(diff.max_channel_difference, d);
        if (d > channel_tolerance) ++diff.differing_pixels;
    }
    return diff;
}

RgbImage downscale(const RgbImage& image, int factor) {
    if (factor <= 1) return image;
    RgbImage out{image.width / factor, image.height / factor, {}};
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 3);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            for (int c = 0; c < 3; ++c)
                out.pixels[out.offset(x, y) + static_cast<std::size_t>(c)] =
                    block_mean(image, x, y, factor, c);
    return out;
}

Result<void, std::string> check_golden(const RgbImage& actual, const std::filesystem::path& golden,
                                       const GoldenOptions& options) {
    const RgbImage small = downscale(actual, options.downscale_factor);
    if (options.update) return write_png(golden, small);
    auto expected = read_png(golden);
    if (!expected) return fail(expected.error() + " (set KIOSK_UPDATE_GOLDENS=1 to create it)");
    const ImageDiff diff = compare_images(small, *expected, options.channel_tolerance);
    if (diff.same_size && diff.differing_pixels <= options.max_differing_pixels) return {};
    std::string message = golden.filename().string() + ": ";
    message += diff.same_size ? std::to_string(diff.differing_pixels) + " pixels differ (max " +
                                    std::to_string(diff.max_channel_difference) + ")"
                              : "size differs";
    if (!options.failure_dir.empty()) {
        const auto out = options.failure_dir / ("actual-" + golden.filename().string());
        if (write_png(out, small)) message += "; actual written to " + out.string();
    }
    return fail(message);
}

}  // namespace nanhai::kiosk::ui
