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

int pixel_difference_at(const RgbImage& a, int ax, int ay, const RgbImage& b, int bx, int by) {
    int worst = 0;
    const std::size_t pa = a.offset(ax, ay), pb = b.offset(bx, by);
    for (std::size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int{a.pixels[pa + c]} - int{b.pixels[pb + c]}));
    return worst;
}

// Whether `a`'s pixel (x, y) matches some pixel of `b` within `shift` of the same place.
bool matches_nearby(const RgbImage& a, const RgbImage& b, int x, int y, int tolerance, int shift) {
    for (int dy = -shift; dy <= shift; ++dy)
        for (int dx = -shift; dx <= shift; ++dx) {
            const int bx = x + dx, by = y + dy;
            if (bx < 0 || by < 0 || bx >= b.width || by >= b.height) continue;
            if (pixel_difference_at(a, x, y, b, bx, by) <= tolerance) return true;
        }
    return false;
}

}  // namespace

ImageDiff compare_images(const RgbImage& a, const RgbImage& b, int channel_tolerance, int edge_shift) {
    ImageDiff diff;
    diff.same_size = a.width == b.width && a.height == b.height &&
                     a.pixels.size() == b.pixels.size();
    if (!diff.same_size) return diff;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const int d = pixel_difference(a, b, a.offset(x, y));
            if (d <= channel_tolerance) continue;
            if (edge_shift > 0 && matches_nearby(a, b, x, y, channel_tolerance, edge_shift) &&
                matches_nearby(b, a, x, y, channel_tolerance, edge_shift))
                continue;
            diff.max_channel_difference = std::max(diff.max_channel_difference, d);
            ++diff.differing_pixels;
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
    const ImageDiff diff = compare_images(small, *expected, options.channel_tolerance, options.edge_shift);
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
