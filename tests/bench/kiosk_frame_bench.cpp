// Median frame time of the kiosk's screens at 1920x1080 through SDL's software renderer (the
// path a kiosk without a GPU and the Xvfb tests take), split into the ImGui frame (layout and
// draw lists) and the rasterisation, plus the font atlas build. Prints one line per screen and
// the median over all. Run by hand (docs/benchmarks.md), never as a timed test.
//
//   build/release/tests/bench/kiosk_frame_bench [--frames N]
#include <SDL.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "kiosk/config/kiosk_config.hpp"
#include "kiosk/ui/asset_paths.hpp"
#include "kiosk/ui/headless_renderer.hpp"
#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/string_table.hpp"
#include "tests/unit/ui/screen_samples.hpp"
#include "tests/bench/bench_stats.hpp"

namespace {

using namespace nanhai::kiosk;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

using nanhai::bench::median;

}  // namespace

int main(int argc, char** argv) {
    int frames = 100;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--frames") == 0) frames = std::max(1, std::atoi(argv[i + 1]));
    auto zh = ui::StringTable::load(ui::string_table_path(ui::source_assets_dir(), "zh-CN"));
    auto en = ui::StringTable::load(ui::string_table_path(ui::source_assets_dir(), "en"));
    if (!zh || !en) return std::fprintf(stderr, "string tables: %s\n", (!zh ? zh.error() : en.error()).c_str()), 1;

    const auto atlas_start = Clock::now();
    auto renderer = ui::HeadlessRenderer::create({ui::font_source_for(UiConfig{}.font_file), {&*zh, &*en}, {}});
    if (!renderer) return std::fprintf(stderr, "renderer: %s\n", renderer.error().c_str()), 1;
    const double atlas_ms = ms_since(atlas_start);

    const ui::Theme theme = ui::Theme::normal();
    std::vector<double> all_frame, all_raster;
    std::printf("%-40s %10s %10s\n", "screen (zh-CN, normal, 1920x1080)", "frame ms", "raster ms");
    for (const auto& sample : ui::test::screen_samples()) {
        std::vector<std::string> texts;
        const auto draw = [&](ui::FrameContext& ctx) {
            texts.clear();
            ui::Ui u(theme, *zh, ctx.fonts, ctx.registry, ctx.width, ctx.height);
            ui::screens::ScreenFrame f{u, sample.view, texts, 0.0f};
            return ui::screens::draw_view(f);
        };
        (void)(*renderer)->render(1920, 1080, draw);  // warm: the atlas learns this screen's glyphs
        (void)(*renderer)->learn_texts(texts);
        std::vector<double> frame, raster;
        for (int i = 0; i < frames; ++i) {
            auto t = Clock::now();
            (void)(*renderer)->step(1920, 1080, draw);
            frame.push_back(ms_since(t));
            t = Clock::now();
            (void)(*renderer)->render(1920, 1080, draw);
            // render() runs two ImGui frames and rasterises: take the frames off.
            raster.push_back(std::max(0.0, ms_since(t) - 2 * frame.back()));
        }
        std::printf("%-40s %10.2f %10.2f\n", sample.name.c_str(), median(frame), median(raster));
        all_frame.push_back(median(frame));
        all_raster.push_back(median(raster));
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nfont atlas build (both tables, 7 sizes): %.1f ms; %zu glyphs, atlas %dx%d\n", atlas_ms,
                (*renderer)->font_report().glyphs_requested, (*renderer)->font_report().atlas_width,
                (*renderer)->font_report().atlas_height);
    std::printf("median over screens: ImGui frame %.2f ms, rasterise %.2f ms, frame + rasterise %.2f ms\n",
                median(all_frame), median(all_raster), median(all_frame) + median(all_raster));
    std::printf("peak RSS of this program: %ld MiB\n", usage.ru_maxrss / 1024);
    return 0;
}
