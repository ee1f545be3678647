// Font atlas: every character of every string table (and the catalogue names passed at run
// time) has a glyph in every text font; characters outside the BMP are reported and shown as
// the marker.
#include <gtest/gtest.h>
#include <imgui.h>

#include "kiosk/ui/font_atlas_builder.hpp"
#include "kiosk/ui/utf8_text.hpp"
#include "tests/unit/ui/ui_test_support.hpp"

namespace nanhai::kiosk::ui {
namespace {

// Fonts built with every collected character (display fonts hold ASCII only, by design).
std::vector<ImFont*> text_fonts(const FontSet& fonts) {
    std::vector<ImFont*> out;
    for (const Theme& t : {Theme::normal(), Theme::elder()})
        for (float px : {t.font.body, t.font.button, t.font.title}) out.push_back(fonts.at(px));
    return out;
}

void expect_all_glyphs(const FontSet& fonts, const std::string& where, const std::string& text) {
    for (ImFont* font : text_fonts(fonts)) {
        for (const char32_t cp : decode_utf8(displayable(text))) {
            if (cp == U'\n') continue;
            EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(cp)), nullptr)
                << where << ": no glyph for " << codepoint_name(cp) << " at " << font->FontSize
                << " px";
        }
    }
}

TEST(FontAtlasTest, NoGlyphOfAnyStringTableIsMissing) {
    auto& env = test::UiTestEnv::get();
    ASSERT_NE(env.renderer, nullptr);
    for (const StringTable* table : {&env.zh, &env.en})
        for (const auto& [key, text] : table->entries())
            expect_all_glyphs(env.renderer->fonts(), table->language() + ":" + key, text);
    EXPECT_TRUE(env.renderer->font_report().missing_in_font.empty());
    EXPECT_TRUE(env.renderer->font_report().outside_bmp.empty());
}

TEST(FontAtlasTest, CatalogueNamesPassedAtRunTimeAreCovered) {
    auto& env = test::UiTestEnv::get();
    ASSERT_NE(env.renderer, nullptr);
    for (const auto& name : test::sample_catalogue_names())
        expect_all_glyphs(env.renderer->fonts(), name, name);
}

TEST(FontAtlasTest, MarkersAndDigitsAreInEveryFont) {
    auto& env = test::UiTestEnv::get();
    ASSERT_NE(env.renderer, nullptr);
    expect_all_glyphs(env.renderer->fonts(), "marker", "\u3013\u3008\u3009");
    for (const auto& [px, font] : env.renderer->fonts().all())
        for (char c : std::string("0123456789X "))
            EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << px;
}

TEST(FontAtlasTest, ReportsCharactersOutsideTheBmpAndMissingFromTheFont) {
    FontAtlasBuilder builder(font_source_for(UiConfig{}.font_file));
    // 𠮷 (U+20BB7) appears in real names; ⟨ (U+27E8) is not in WenQuanYi Micro Hei.
    builder.add_text("吉田 \U00020BB7 \u27E8");
    ImFontAtlas atlas;
    const auto fonts = builder.build(atlas, {Theme::normal()});
    ASSERT_TRUE(fonts) << fonts.error();
    EXPECT_EQ(builder.report().outside_bmp, std::vector<char32_t>{U'\U00020BB7'});
    EXPECT_EQ(builder.report().missing_in_font, std::vector<char32_t>{U'\u27E8'});
    EXPECT_NE(fonts->at(24)->FindGlyphNoFallback(0x5409), nullptr);  // 吉
    EXPECT_GT(builder.report().atlas_width, 0);
}

TEST(FontAtlasTest, BuildFailsClearlyForAMissingFontFile) {
    FontAtlasBuilder builder({"/nonexistent/font.ttc", 0});
    ImFontAtlas atlas;
    const auto fonts = builder.build(atlas, {Theme::normal()});
    ASSERT_FALSE(fonts);
    EXPECT_NE(fonts.error().find("/nonexistent/font.ttc"), std::string::npos);
}

TEST(FontAtlasTest, NotoCjkCollectionsUseTheSimplifiedChineseFace) {
    EXPECT_EQ(font_source_for("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").face_index, 2);
    EXPECT_EQ(font_source_for("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").face_index, 0);
}

TEST(FontAtlasTest, AtlasStaysSmall) {
    const auto& report = test::UiTestEnv::get().renderer->font_report();
    // A few hundred glyphs, not the 21k of the full CJK range (toolchain.md).
    EXPECT_LT(report.glyphs_requested, 1500u);
    EXPECT_LE(report.atlas_width * report.atlas_height, 4096 * 4096);
}

TEST(UiTextTest, DisplayableReplacesCharactersOutsideTheBmpWithTheMarker) {
    EXPECT_EQ(displayable("张\U00020BB7明"), "张\u3013明");
    EXPECT_EQ(displayable("plain 中文"), "plain 中文");
    EXPECT_EQ(undisplayable_chars("\U00020BB7a\U00020BB7\U0002A6A5"),
              (std::vector<char32_t>{U'\U00020BB7', U'\U0002A6A5'}));
    EXPECT_EQ(codepoint_name(U'\U00020BB7'), "U+20BB7");
}

TEST(UiTextTest, MalformedUtf8StaysVisible) {
    EXPECT_EQ(decode_utf8("a\xFF" "b"), (std::vector<char32_t>{U'a', U'\uFFFD', U'b'}));
    EXPECT_EQ(decode_utf8("\xE4\xB8"), (std::vector<char32_t>{U'\uFFFD', U'\uFFFD'}));
    EXPECT_EQ(decode_utf8("\xC0\xAF"), (std::vector<char32_t>{U'\uFFFD'}));  // overlong '/'
}

}  // namespace
}  // namespace nanhai::kiosk::ui
