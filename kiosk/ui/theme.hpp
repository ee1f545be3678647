// The two looks of the kiosk: normal, and elder mode (larger text and targets, stronger
// contrast). Colours, font sizes and target sizes live here and nowhere else, so that the
// contrast test can check every text/background pair the widgets use.
#pragma once

#include <string_view>
#include <vector>

#include "kiosk/ui/contrast.hpp"

struct ImGuiStyle;

namespace nanhai::kiosk::ui {

enum class UiMode { normal, elder };

struct Palette {
    Rgb background, text, muted_text;
    Rgb title_bar, title_bar_text;
    Rgb primary, primary_pressed, primary_text;
    Rgb secondary, secondary_pressed, secondary_text, border;
    Rgb selected, selected_text;
    Rgb disabled, disabled_text;
    Rgb panel, panel_text;
    Rgb error, error_text, error_accent;
    Rgb banner, banner_text;
    Rgb dim_overlay;  // drawn translucent behind modal banners
};

// Pixel sizes of the fonts; FontAtlasBuilder builds one ImFont per distinct size.
struct FontSizes {
    float body = 0;     // running text and hints
    float button = 0;   // button labels
    float title = 0;    // screen titles
    float display = 0;  // digits: keypad keys, queue numbers, countdown (ASCII only)
};

struct Metrics {
    float min_target = 0;  // smallest touch target height (>= 60 px in elder mode)
    float big_button = 0;  // home and choice buttons
    float keypad_key = 0;
    float spacing = 0;
    float padding = 0;
    float rounding = 0;
    float border = 0;
};

// A foreground/background pair a widget actually draws text with.
struct TextPair {
    std::string_view name;
    Rgb text;
    Rgb background;
};

struct Theme {
    UiMode mode = UiMode::normal;
    Palette palette{};
    FontSizes font{};
    Metrics metrics{};

    static Theme normal();
    static Theme elder();
    static Theme for_mode(UiMode mode) { return mode == UiMode::elder ? elder() : normal(); }

    std::vector<TextPair> text_pairs() const;
    // Sets ImGui's own colours and spacing so that stock ImGui calls match the theme.
    void apply(ImGuiStyle& style) const;
};

}  // namespace nanhai::kiosk::ui
