// Themes: WCAG contrast of every text/background pair, elder-mode sizes, layout per
// orientation.
#include <gtest/gtest.h>

#include "kiosk/ui/contrast.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/theme.hpp"

namespace nanhai::kiosk::ui {
namespace {

TEST(ThemeTest, ContrastRatioMatchesWcagReferenceValues) {
    EXPECT_NEAR(contrast_ratio(rgb(0x000000), rgb(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(rgb(0xFFFFFF), rgb(0x000000)), 21.0, 1e-9);
    EXPECT_NEAR(contrast_ratio(rgb(0x336699), rgb(0x336699)), 1.0, 1e-9);
    // #767676 on white is the classic "just passes AA" grey (4.54:1); #777777 just fails.
    EXPECT_NEAR(contrast_ratio(rgb(0x767676), rgb(0xFFFFFF)), 4.54, 0.01);
    EXPECT_LT(contrast_ratio(rgb(0x777777), rgb(0xFFFFFF)), kMinTextContrast);
    EXPECT_NEAR(relative_luminance(rgb(0xFF0000)), 0.2126, 1e-9);
}

TEST(ThemeTest, EveryTextPairOfBothThemesHasContrastOfAtLeast4_5) {
    for (const Theme& theme : {Theme::normal(), Theme::elder()}) {
        for (const TextPair& pair : theme.text_pairs()) {
            EXPECT_GE(contrast_ratio(pair.text, pair.background), kMinTextContrast)
                << (theme.mode == UiMode::elder ? "elder " : "normal ") << pair.name;
        }
    }
}

TEST(ThemeTest, ElderModeIsHighContrastDarkOnLight) {
    const Theme elder = Theme::elder();
    EXPECT_GE(contrast_ratio(elder.palette.text, elder.palette.background), 15.0);
    EXPECT_GT(relative_luminance(elder.palette.background), relative_luminance(elder.palette.text));
}

TEST(ThemeTest, ElderModeHasLargeTextAndTargets) {
    const Theme elder = Theme::elder();
    for (float px : {elder.font.body, elder.font.button, elder.font.title}) {
        EXPECT_GE(px, 24.0f);
        EXPECT_LE(px, 40.0f);
    }
    EXPECT_GE(elder.metrics.min_target, 60.0f);
    EXPECT_GE(elder.metrics.keypad_key, 60.0f);
    EXPECT_GE(elder.metrics.big_button, 96.0f);
    const Theme normal = Theme::normal();
    EXPECT_GT(elder.font.body, normal.font.body);
    EXPECT_GT(elder.metrics.big_button, normal.metrics.big_button);
}

TEST(ThemeTest, LayoutFollowsTheDisplayOrientation) {
    const Theme theme = Theme::normal();
    const Layout land = Layout::for_display(1920, 1080, theme);
    const Layout port = Layout::for_display(1080, 1920, theme);
    EXPECT_FALSE(land.portrait());
    EXPECT_TRUE(port.portrait());
    EXPECT_EQ(land.grid_columns(8), 4);
    EXPECT_EQ(port.grid_columns(8), 2);
    EXPECT_EQ(Layout::for_display(1920, 1080, Theme::elder()).grid_columns(8), 3);
    EXPECT_EQ(land.grid_columns(2), 2);  // never more columns than buttons
    EXPECT_EQ(Layout::grid_rows(8, 3), 3);
}

TEST(ThemeTest, LayoutContentStaysInsideTheDisplayBelowTheTitleBar) {
    for (const Theme& theme : {Theme::normal(), Theme::elder()}) {
        for (const auto& [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1080.0f, 1920.0f},
                                   std::pair{1280.0f, 800.0f}}) {
            const Layout l = Layout::for_display(w, h, theme);
            const Rect c = l.content();
            EXPECT_GE(c.x, 0);
            EXPECT_LE(c.right(), w);
            EXPECT_GE(c.y, l.title_bar().bottom());
            EXPECT_LE(c.bottom(), h);
            EXPECT_LE(c.w, 1680.0f);
            EXPECT_GE(l.title_bar().h, theme.metrics.min_target);
            const float cells = 4 * l.cell_width(4) + 3 * l.spacing();
            EXPECT_NEAR(cells, c.w, 0.01);
        }
    }
}

TEST(ThemeTest, RowHeightFillsButNeverShrinksBelowTheMinimum) {
    const Layout l = Layout::for_display(1920, 1080, Theme::normal());
    EXPECT_FLOAT_EQ(l.row_height(2, 400, 120), (400 - l.spacing()) / 2);
    EXPECT_FLOAT_EQ(l.row_height(4, 200, 120), 120);
}

}  // namespace
}  // namespace nanhai::kiosk::ui
