// Glyph collection and FreeType atlas build (see font_atlas_builder.hpp).
#include "kiosk/ui/font_atlas_builder.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>

#include "kiosk/ui/string_table.hpp"
#include "kiosk/ui/utf8_text.hpp"

namespace nanhai::kiosk::ui {
namespace {

using GlyphRanges = ImVector<ImWchar>;

// Characters the widgets draw themselves: the undisplayable marker and the brackets around a
// missing string key must render too.
constexpr char32_t kAlwaysNeeded[] = {kUndisplayableMarker, U'\u3008', U'\u3009'};

Result<std::vector<char>, std::string> read_font(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail("cannot open font " + file.string());
    std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.empty()) return fail("empty font file " + file.string());
    return bytes;
}

std::shared_ptr<GlyphRanges> make_ranges(const std::set<char32_t>& codepoints, bool ascii_only) {
    ImFontGlyphRangesBuilder builder;
    for (ImWchar c = 0x20; c < 0x7F; ++c) builder.AddChar(c);
    if (!ascii_only) {
        for (const char32_t cp : codepoints) builder.AddChar(static_cast<ImWchar>(cp));
    }
    auto ranges = std::make_shared<GlyphRanges>();
    builder.BuildRanges(ranges.get());
    return ranges;
}

struct SizePlan {
    std::vector<float> text;
    std::vector<float> display;
};

SizePlan sizes_of(const std::vector<Theme>& themes) {
    SizePlan plan;
    const auto add = [](std::vector<float>& to, float px) {
        if (std::find(to.begin(), to.end(), px) == to.end()) to.push_back(px);
    };
    for (const Theme& t : themes) {
        for (const float px : {t.font.body, t.font.button, t.font.title}) add(plan.text, px);
        add(plan.display, t.font.display);
    }
    return plan;
}

ImFont* add_font(ImFontAtlas& atlas, void* data, int size, const FontSource& source, float px,
                 const GlyphRanges& ranges) {
    ImFontConfig config;
    config.FontData = data;
    config.FontDataSize = size;
    // Owned so that ImGui does not copy the file once per size (19 MB for Noto); only the
    // first config keeps ownership after the build (see release_shared_font_data).
    config.FontDataOwnedByAtlas = true;
    config.FontNo = source.face_index;
    config.SizePixels = px;
    config.GlyphRanges = ranges.Data;
    config.PixelSnapH = true;
    return atlas.AddFont(&config);
}

// Every config points at the same buffer; leave exactly one owner so that the atlas frees it
// once.
void release_shared_font_data(ImFontAtlas& atlas) {
    for (int i = 1; i < atlas.ConfigData.Size; ++i) atlas.ConfigData[i].FontDataOwnedByAtlas = false;
}

std::vector<char32_t> missing_glyphs(const ImFont& font, const std::set<char32_t>& codepoints) {
    std::vector<char32_t> missing;
    for (const char32_t cp : codepoints) {
        if (font.FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr) missing.push_back(cp);
    }
    return missing;
}

}  // namespace

FontSource font_source_for(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const bool noto_cjk = name.find("CJK") != std::string::npos && file.extension() == ".ttc";
    return {file, noto_cjk ? 2 : 0};
}

FontAtlasBuilder::FontAtlasBuilder(FontSource source) : source_(std::move(source)) {
    for (const char32_t cp : kAlwaysNeeded) codepoints_.insert(cp);
}

void FontAtlasBuilder::add_text(std::string_view utf8) {
    for (const char32_t cp : decode_utf8(utf8)) {
        if (!is_drawable_codepoint(cp)) {
            outside_bmp_.insert(cp);
        } else if (cp >= 0x20 && cp != 0x7F) {
            codepoints_.insert(cp);
        }
    }
}

void FontAtlasBuilder::add_table(const StringTable& table) {
    for (const auto& [key, text] : table.entries()) add_text(text);
}

void FontAtlasBuilder::add_texts(const std::vector<std::string>& texts) {
    for (const auto& text : texts) add_text(text);
}

bool FontAtlasBuilder::add_new(const std::vector<std::string>& texts) {
    const std::size_t before = codepoints_.size();
    add_texts(texts);
    return codepoints_.size() != before;
}

Result<FontSet, std::string> FontAtlasBuilder::build(ImFontAtlas& atlas,
                                                     const std::vector<Theme>& themes) {
    const auto started = std::chrono::steady_clock::now();
    auto bytes = read_font(source_.file);
    if (!bytes) return fail(bytes.error());
    const int size = static_cast<int>(bytes->size());
    void* data = IM_ALLOC(bytes->size());
    std::memcpy(data, bytes->data(), bytes->size());

    FontSet set;
    const auto text_ranges = make_ranges(codepoints_, false);
    const auto digit_ranges = make_ranges(codepoints_, true);
    set.keep_alive(text_ranges);
    set.keep_alive(digit_ranges);
    const SizePlan plan = sizes_of(themes);
    for (const float px : plan.text)
        set.add(px, add_font(atlas, data, size, source_, px, *text_ranges));
    for (const float px : plan.display)
        set.add(px, add_font(atlas, data, size, source_, px, *digit_ranges));

    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    const bool built = atlas.Build();
    release_shared_font_data(atlas);
    if (!built) return fail("FreeType could not build the font atlas from " + source_.file.string());

    report_ = {};
    report_.glyphs_requested = codepoints_.size();
    report_.missing_in_font = missing_glyphs(*set.all().front().second, codepoints_);
    report_.outside_bmp.assign(outside_bmp_.begin(), outside_bmp_.end());
    report_.atlas_width = atlas.TexWidth;
    report_.atlas_height = atlas.TexHeight;
    report_.build_ms = std::chrono::duration<float, std::milli>(
                           std::chrono::steady_clock::now() - started)
                           .count();
    return set;
}

}  // namespace nanhai::kiosk::ui
