// Normal and elder palettes and sizes (see theme.hpp). Elder mode follows the usual advice for
// older users: black on white, no colour-only meaning, body text 32 px, targets >= 80 px.
#include "kiosk/ui/theme.hpp"

#include <imgui.h>

#include "kiosk/ui/imgui_colors.hpp"

namespace nanhai::kiosk::ui {

Theme Theme::normal() {
    Theme t;
    t.mode = UiMode::normal;
    t.palette = {
        .background = rgb(0xF3F5F9), .text = rgb(0x17202E), .muted_text = rgb(0x46505F),
        .title_bar = rgb(0x0A4A94), .title_bar_text = rgb(0xFFFFFF),
        .primary = rgb(0x0B57A8), .primary_pressed = rgb(0x073C75), .primary_text = rgb(0xFFFFFF),
        .secondary = rgb(0xFFFFFF), .secondary_pressed = rgb(0xD9E6F5),
        .secondary_text = rgb(0x0A3766), .border = rgb(0x0B57A8),
        .selected = rgb(0xCFE2F7), .selected_text = rgb(0x0A2F57),
        .disabled = rgb(0xE1E5EB), .disabled_text = rgb(0x4F5967),
        .panel = rgb(0xFFFFFF), .panel_text = rgb(0x17202E),
        .error = rgb(0xFDEDEB), .error_text = rgb(0x6E1410), .error_accent = rgb(0xB3261E),
        .banner = rgb(0xFFF3C4), .banner_text = rgb(0x3D2E00),
        .dim_overlay = rgb(0x000000),
    };
    t.font = {.body = 24, .button = 28, .title = 34, .display = 60};
    t.metrics = {.min_target = 64, .big_button = 120, .keypad_key = 88, .spacing = 16,
                 .padding = 20, .rounding = 12, .border = 2};
    return t;
}

Theme Theme::elder() {
    Theme t;
    t.mode = UiMode::elder;
    t.palette = {
        .background = rgb(0xFFFFFF), .text = rgb(0x000000), .muted_text = rgb(0x1F1F1F),
        .title_bar = rgb(0x00224D), .title_bar_text = rgb(0xFFFFFF),
        .primary = rgb(0x003A7A), .primary_pressed = rgb(0x001F45), .primary_text = rgb(0xFFFFFF),
        .secondary = rgb(0xFFFFFF), .secondary_pressed = rgb(0xE0E0E0),
        .secondary_text = rgb(0x000000), .border = rgb(0x000000),
        .selected = rgb(0xFFE14D), .selected_text = rgb(0x000000),
        .disabled = rgb(0xDADADA), .disabled_text = rgb(0x2E2E2E),
        .panel = rgb(0xFFFFFF), .panel_text = rgb(0x000000),
        .error = rgb(0xFFFFFF), .error_text = rgb(0x000000), .error_accent = rgb(0x9E0000),
        .banner = rgb(0xFFD500), .banner_text = rgb(0x000000),
        .dim_overlay = rgb(0x000000),
    };
    t.font = {.body = 32, .button = 38, .title = 40, .display = 76};
    t.metrics = {.min_target = 80, .big_button = 150, .keypad_key = 110, .spacing = 22,
                 .padding = 24, .rounding = 10, .border = 3};
    return t;
}

std::vector<TextPair> Theme::text_pairs() const {
    const Palette& p = palette;
    return {
        {"body", p.text, p.background},
        {"muted", p.muted_text, p.background},
        {"section_title", p.title_bar, p.background},
        {"title_bar", p.title_bar_text, p.title_bar},
        {"primary", p.primary_text, p.primary},
        {"primary_pressed", p.primary_text, p.primary_pressed},
        {"secondary", p.secondary_text, p.secondary},
        {"secondary_pressed", p.secondary_text, p.secondary_pressed},
        {"selected", p.selected_text, p.selected},
        {"disabled", p.disabled_text, p.disabled},
        {"panel", p.panel_text, p.panel},
        {"panel_muted", p.muted_text, p.panel},
        {"error", p.error_text, p.error},
        {"error_accent", p.error_accent, p.error},
        {"banner", p.banner_text, p.banner},
        // The title bar's toggles sit on the bar itself and use secondary colours when off.
        {"title_bar_selected", p.selected_text, p.selected},
    };
}

void Theme::apply(ImGuiStyle& style) const {
    style.WindowPadding = {0, 0};
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FramePadding = {metrics.padding, metrics.padding / 2};
    style.ItemSpacing = {metrics.spacing, metrics.spacing};
    style.FrameRounding = metrics.rounding;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = to_vec4(palette.background);
    c[ImGuiCol_ChildBg] = to_vec4(palette.background);
    c[ImGuiCol_Text] = to_vec4(palette.text);
    c[ImGuiCol_TextDisabled] = to_vec4(palette.muted_text);
    c[ImGuiCol_Button] = to_vec4(palette.primary);
    c[ImGuiCol_ButtonHovered] = to_vec4(palette.primary);
    c[ImGuiCol_ButtonActive] = to_vec4(palette.primary_pressed);
    c[ImGuiCol_Border] = to_vec4(palette.border);
}

}  // namespace nanhai::kiosk::ui
