// The fonts of one built atlas, by pixel size. Theme sizes map to fonts through here, so
// switching to elder mode is a matter of picking other sizes, not rebuilding the atlas.
#pragma once

#include <memory>
#include <utility>
#include <vector>

struct ImFont;

namespace nanhai::kiosk::ui {

class FontSet {
public:
    FontSet() = default;

    void add(float pixels, ImFont* font) { fonts_.emplace_back(pixels, font); }
    // The font built for exactly `pixels`, else the nearest one (nullptr when empty).
    ImFont* at(float pixels) const;
    const std::vector<std::pair<float, ImFont*>>& all() const { return fonts_; }
    bool empty() const { return fonts_.empty(); }

    // Glyph range arrays must outlive the atlas' use of them; the set keeps them alive.
    void keep_alive(std::shared_ptr<const void> data) { owned_.push_back(std::move(data)); }

private:
    std::vector<std::pair<float, ImFont*>> fonts_;  // fonts are owned by the ImFontAtlas
    std::vector<std::shared_ptr<const void>> owned_;
};

}  // namespace nanhai::kiosk::ui
