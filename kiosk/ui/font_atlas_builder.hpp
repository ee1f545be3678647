// Builds the ImGui font atlas from only the characters the kiosk shows: every string of both
// string tables plus texts the app passes at run time (service catalogue names). The full CJK
// range would cost ~0.5 s and ~330 MB (toolchain.md); this set is a few hundred glyphs.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "kiosk/ui/font_set.hpp"
#include "kiosk/ui/theme.hpp"

struct ImFontAtlas;

namespace nanhai::kiosk::ui {

class StringTable;

struct FontSource {
    std::filesystem::path file;
    int face_index = 0;  // in a .ttc collection
};

// The face to use in `file`: Noto CJK collections put Simplified Chinese at index 2
// (index 0 is Japanese, whose glyph shapes differ); everything else uses face 0.
FontSource font_source_for(const std::filesystem::path& file);

struct FontReport {
    std::size_t glyphs_requested = 0;      // distinct BMP characters collected
    std::vector<char32_t> missing_in_font;  // requested, but the font has no glyph
    std::vector<char32_t> outside_bmp;      // cannot be drawn by this ImGui; shown as the marker
    float build_ms = 0;
    int atlas_width = 0;
    int atlas_height = 0;
};

class FontAtlasBuilder {
public:
    explicit FontAtlasBuilder(FontSource source);

    void add_text(std::string_view utf8);
    void add_table(const StringTable& table);
    void add_texts(const std::vector<std::string>& texts);
    // Adds the characters of `texts` not collected yet; true when there were any (the atlas
    // then needs building again). How the atlas grows when the platform sends a name or an
    // item with a character no string table has.
    bool add_new(const std::vector<std::string>& texts);

    // One font per distinct text size of `themes` (body, button, title: every collected
    // character) and per display size (digits and ASCII only). Fails when the font file cannot
    // be read or FreeType cannot build the atlas. Fills report().
    Result<FontSet, std::string> build(ImFontAtlas& atlas, const std::vector<Theme>& themes);

    const FontReport& report() const { return report_; }
    const std::set<char32_t>& codepoints() const { return codepoints_; }

private:
    FontSource source_;
    std::set<char32_t> codepoints_;  // drawable characters, ordered so builds are reproducible
    std::set<char32_t> outside_bmp_;
    FontReport report_;
};

}  // namespace nanhai::kiosk::ui
