// Every screen (screen_samples.hpp) in both languages, in normal and elder mode, landscape and
// portrait: drawn headless with the app's own screens, then checked for what a reviewer would
// otherwise find by eye: no missing string, no glyph the font lacks, every target big enough,
// inside the display and not overlapping another; and two variants per screen against goldens.
// PNGs of all variants go to $KIOSK_UI_TEST_OUT/screens for people to look at.
#include <imgui.h>

#include <cstdlib>
#include <set>
#include <variant>

#include "kiosk/ui/golden_image.hpp"
#include "kiosk/ui/image_io.hpp"
#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/utf8_text.hpp"
#include "tests/unit/ui/screen_samples.hpp"
#include "tests/unit/ui/ui_test_support.hpp"

namespace nanhai::kiosk::ui {
namespace {

struct Variant {
    std::string language;
    UiMode mode;
    int width;
    int height;
    std::string name() const {
        return language + "-" + (mode == UiMode::elder ? "elder" : "normal") + "-" + std::to_string(width) + "x" +
               std::to_string(height);
    }
};

const std::vector<Variant>& variants() {
    static const std::vector<Variant> all = [] {
        std::vector<Variant> v;
        for (const std::string lang : {"zh-CN", "en"})
            for (const UiMode mode : {UiMode::normal, UiMode::elder})
                for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) v.push_back({lang, mode, w, h});
        return v;
    }();
    return all;
}

// One frame of a sample in a variant, as the app draws it (ScreenDrawer's choices of table and
// theme), keeping the texts drawn.
struct Drawn {
    RgbImage image;
    std::vector<std::string> texts;
};

Drawn draw(HeadlessRenderer& renderer, const test::ScreenSample& sample, const Variant& variant) {
    core::ViewState view = sample.view;
    view.language = variant.language;
    view.elder_mode = variant.mode == UiMode::elder;
    std::vector<std::string> texts;
    const Theme theme = Theme::for_mode(variant.mode);
    const auto frame = [&](FrameContext& ctx) {
        texts.clear();
        Ui ui(theme, test::UiTestEnv::get().table(variant.language), ctx.fonts, ctx.registry, ctx.width, ctx.height);
        screens::ScreenFrame f{ui, view, texts, 0.0f};
        return screens::draw_view(f);
    };
    RenderedFrame rendered = renderer.render(variant.width, variant.height, frame);
    auto grew = renderer.learn_texts(texts);
    EXPECT_TRUE(grew) << (grew ? "" : grew.error());
    if (grew && *grew) rendered = renderer.render(variant.width, variant.height, frame);
    return {std::move(rendered.image), texts};
}

std::string where(const test::ScreenSample& s, const Variant& v) { return s.name + " " + v.name(); }

void expect_glyphs_present(const HeadlessRenderer& renderer, const Theme& theme, const std::vector<std::string>& texts,
                           const std::string& at) {
    const ImFont* font = renderer.fonts().at(theme.font.body);
    ASSERT_NE(font, nullptr);
    for (const auto& text : texts)
        for (const char32_t cp : decode_utf8(text)) {
            if (cp < 0x20 || !is_drawable_codepoint(cp)) continue;
            EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)), nullptr)
                << at << ": no glyph for U+" << std::hex << static_cast<unsigned>(cp) << " in \"" << text << "\"";
        }
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() - 0.5f && b.x < a.right() - 0.5f && a.y < b.bottom() - 0.5f && b.y < a.bottom() - 0.5f;
}

void expect_sound_targets(const WidgetRegistry& registry, const Theme& theme, const Variant& v, const std::string& at) {
    EXPECT_TRUE(registry.duplicates().empty()) << at << ": widget ids drawn twice";
    std::vector<RegisteredWidget> enabled;
    for (const auto& w : registry.widgets()) {
        if (!w.enabled) continue;
        EXPECT_GE(w.rect.h + 0.5f, theme.metrics.min_target) << at << ": " << w.id << " is too low to touch";
        EXPECT_GE(w.rect.w + 0.5f, theme.metrics.min_target) << at << ": " << w.id << " is too narrow to touch";
        EXPECT_TRUE(w.rect.x >= 0 && w.rect.y >= 0 && w.rect.right() <= static_cast<float>(v.width) + 0.5f &&
                    w.rect.bottom() <= static_cast<float>(v.height) + 0.5f)
            << at << ": " << w.id << " is off the display";
        for (const auto& other : enabled)
            EXPECT_FALSE(overlap(w.rect, other.rect)) << at << ": " << w.id << " overlaps " << other.id;
        enabled.push_back(w);
    }
}

class ScreenMatrixTest : public ::testing::Test {
protected:
    void SetUp() override {
        renderer_ = test::UiTestEnv::get().renderer.get();
        ASSERT_NE(renderer_, nullptr);
    }
    HeadlessRenderer* renderer_ = nullptr;
};

TEST_F(ScreenMatrixTest, EverySampleInEveryVariantIsSound) {
    const auto out = test::ui_test_output_dir() / "screens";
    for (const auto& sample : test::screen_samples())
        for (const auto& variant : variants()) {
            const auto at = where(sample, variant);
            const Drawn drawn = draw(*renderer_, sample, variant);
            const Theme theme = Theme::for_mode(variant.mode);
            expect_glyphs_present(*renderer_, theme, drawn.texts, at);
            expect_sound_targets(renderer_->registry(), theme, variant, at);
            EXPECT_FALSE(drawn.texts.empty()) << at;
            if (std::getenv("KIOSK_UI_TEST_OUT") != nullptr) {
                const auto written = write_png(out / (sample.name + "-" + variant.name() + ".png"), drawn.image);
                EXPECT_TRUE(written) << written.error();
            }
        }
    EXPECT_TRUE(test::UiTestEnv::get().zh.missing_keys().empty())
        << ::testing::PrintToString(test::UiTestEnv::get().zh.missing_keys());
    EXPECT_TRUE(test::UiTestEnv::get().en.missing_keys().empty())
        << ::testing::PrintToString(test::UiTestEnv::get().en.missing_keys());
    EXPECT_TRUE(renderer_->font_report().missing_in_font.empty()) << "characters the font file lacks";
}

TEST_F(ScreenMatrixTest, EveryKindOfScreenHasASample) {
    std::set<std::size_t> covered;
    for (const auto& sample : test::screen_samples()) covered.insert(sample.view.data.index());
    for (std::size_t i = 0; i < std::variant_size_v<core::ScreenData>; ++i) {
        if (i == core::ScreenData{core::PlaceholderView{}}.index()) continue;  // no screen shows it
        EXPECT_TRUE(covered.contains(i)) << "ScreenData alternative #" << i << " has no sample";
    }
}

// Goldens are stored 4x downscaled; KIOSK_UPDATE_GOLDENS=1 rewrites them after a deliberate
// change (look at the PNGs first: KIOSK_UI_TEST_OUT=dir).
TEST_F(ScreenMatrixTest, SamplesMatchGoldenImages) {
    GoldenOptions options;
    options.update = std::getenv("KIOSK_UPDATE_GOLDENS") != nullptr;
    options.max_differing_pixels = 50;
    options.edge_shift = 1;
    options.failure_dir = test::ui_test_output_dir() / "golden-failures";
    const std::vector<Variant> golden_variants{{"zh-CN", UiMode::normal, 1920, 1080}, {"en", UiMode::elder, 1080, 1920}};
    for (const auto& sample : test::screen_samples())
        for (const auto& variant : golden_variants) {
            const Drawn drawn = draw(*renderer_, sample, variant);
            const auto golden = test::golden_dir() / "screens" / (sample.name + "-" + variant.name() + ".png");
            const auto result = check_golden(drawn.image, golden, options);
            EXPECT_TRUE(result) << result.error();
        }
}

}  // namespace
}  // namespace nanhai::kiosk::ui
