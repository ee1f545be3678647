// Big buttons and button grids (see big_button.hpp).
#include "kiosk/ui/widgets/big_button.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/touch_target.hpp"

namespace nanhai::kiosk::ui {
namespace {

struct ButtonColours {
    Rgb fill, text, border;
    float border_width;
};

ButtonColours colours_for(const Theme& theme, ButtonStyle style, bool held) {
    const Palette& p = theme.palette;
    const float b = theme.metrics.border;
    switch (style) {
        case ButtonStyle::primary:
            return {held ? p.primary_pressed : p.primary, p.primary_text, p.primary_pressed, 0};
        case ButtonStyle::secondary:
            return {held ? p.secondary_pressed : p.secondary, p.secondary_text, p.border, b};
        case ButtonStyle::selected:
            return {p.selected, p.selected_text, p.selected_text, b * 2};
        case ButtonStyle::disabled:
            break;
    }
    return {p.disabled, p.disabled_text, p.disabled, 0};
}

void draw_frame(Ui& ui, Rect r, const ButtonColours& c) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float rounding = ui.theme.metrics.rounding;
    list->AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, to_u32(c.fill), rounding);
    if (c.border_width > 0) {
        const float inset = c.border_width / 2;
        // Concentric with the fill's corners, or the fill peeks out around the border.
        list->AddRect({r.x + inset, r.y + inset}, {r.right() - inset, r.bottom() - inset},
                      to_u32(c.border), std::max(0.0f, rounding - inset), 0, c.border_width);
    }
}

float label_gap(const Ui& ui) { return ui.theme.metrics.padding / 2; }

ImFont* label_font(const Ui& ui, const ButtonSpec& spec) {
    switch (spec.label_font) {
        case LabelFont::title: return ui.title_font();
        case LabelFont::digits: return ui.display_font();
        case LabelFont::button: break;
    }
    return ui.button_font();
}

}  // namespace

float button_content_height(Ui& ui, const ButtonSpec& spec, float width) {
    const float inner = width - 2 * ui.theme.metrics.padding;
    float h = text_height(label_font(ui, spec), spec.label, inner);
    if (!spec.hint.empty()) h += label_gap(ui) + text_height(ui.body_font(), spec.hint, inner);
    return h;
}

MaybeIntent big_button(Ui& ui, const ButtonSpec& spec, Rect rect) {
    const bool enabled = spec.style != ButtonStyle::disabled;
    const TouchState touch = touch_target(ui, spec.id, rect, enabled);
    const ButtonColours c = colours_for(ui.theme, spec.style, touch.held);
    draw_frame(ui, rect, c);

    const float pad = ui.theme.metrics.padding;
    const float inner = rect.w - 2 * pad;
    const float content = button_content_height(ui, spec, rect.w);
    Rect box{rect.x + pad, rect.center_y() - content / 2, inner, content};
    ImDrawList* list = ImGui::GetWindowDrawList();
    box.y += draw_text(list, label_font(ui, spec), spec.label, c.text, box, Align::center);
    if (!spec.hint.empty()) {
        box.y += label_gap(ui);
        draw_text(list, ui.body_font(), spec.hint, c.text, box, Align::center);
    }
    if (!touch.pressed) return std::nullopt;
    return Intent{spec.id, spec.value};
}

MaybeIntent button_grid(Ui& ui, std::span<const ButtonSpec> buttons, Rect area, int columns,
                        float min_row_height) {
    const int rows = Layout::grid_rows(static_cast<int>(buttons.size()), columns);
    const float gap = ui.layout.spacing();
    const float cell_w = (area.w - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    const float min_h = min_row_height > 0 ? min_row_height : ui.theme.metrics.big_button;
    const float row_h = ui.layout.row_height(rows, area.h, min_h);
    MaybeIntent intent;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        const auto col = static_cast<float>(static_cast<int>(i) % columns);
        const auto row = static_cast<float>(static_cast<int>(i) / columns);
        const Rect cell{area.x + col * (cell_w + gap), area.y + row * (row_h + gap), cell_w, row_h};
        keep_first(intent, big_button(ui, buttons[i], cell));
    }
    return intent;
}

}  // namespace nanhai::kiosk::ui
