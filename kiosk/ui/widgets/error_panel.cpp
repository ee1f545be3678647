// Error panel drawing (see error_panel.hpp). Landscape puts the QR code to the right of the
// text, portrait below it.
#include "kiosk/ui/widgets/error_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui {
namespace {

float qr_side(const Ui& ui) { return ui.layout.portrait() ? 360.0f : 400.0f; }

// The warning sign: a circle with "!" drawn as shapes, so it needs no glyph.
void draw_sign(ImDrawList* list, ImVec2 c, float radius, Rgb accent, Rgb background) {
    list->AddCircleFilled(c, radius, to_u32(accent), 48);
    const float w = radius * 0.2f;
    list->AddRectFilled({c.x - w / 2, c.y - radius * 0.6f}, {c.x + w / 2, c.y + radius * 0.2f},
                        to_u32(background), w / 2);
    list->AddCircleFilled({c.x, c.y + radius * 0.5f}, w * 0.65f, to_u32(background), 16);
}

float draw_texts(Ui& ui, const ErrorView& view, Rect box) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = ui.theme.palette;
    const float gap = ui.layout.spacing();
    const float sign = ui.theme.font.title * 1.6f;
    draw_sign(list, {box.x + sign / 2, box.y + sign / 2}, sign / 2, p.error_accent, p.error);
    const Rect title_box{box.x + sign + gap, box.y + (sign - ui.theme.font.title * 1.25f) / 2,
                         box.w - sign - gap, box.h};
    const float title_h = draw_text(list, ui.title_font(), view.title, p.error_accent, title_box);
    float y = std::max(box.y + sign, title_box.y + title_h) + gap * 1.5f;
    y += draw_text(list, ui.button_font(), view.what, p.error_text, {box.x, y, box.w, box.h}) + gap;
    y += draw_text(list, ui.button_font(), view.todo, p.error_text, {box.x, y, box.w, box.h});
    return y - box.y;
}

float draw_qr_block(Ui& ui, const ErrorView& view, float x, float y) {
    const float side = qr_side(ui);
    draw_qr_code(*view.qr, {x, y, side, side});
    const Rect caption{x - side / 4, y + side + ui.layout.spacing() / 2, side * 1.5f, side};
    return side + ui.layout.spacing() / 2 +
           draw_text(ImGui::GetWindowDrawList(), ui.body_font(), view.qr_caption,
                     ui.theme.palette.error_text, caption, Align::center);
}

MaybeIntent draw_actions(Ui& ui, const ErrorView& view, Rect row) {
    const float gap = ui.layout.spacing();
    const auto n = static_cast<float>(view.actions.size());
    const float w = std::min(480.0f, (row.w - (n - 1) * gap) / n);
    float x = row.right() - n * w - (n - 1) * gap;
    MaybeIntent intent;
    for (const auto& action : view.actions) {
        const ButtonStyle style = action.primary ? ButtonStyle::primary : ButtonStyle::secondary;
        keep_first(intent, big_button(ui, {action.id, action.label, {}, style, {}}, {x, row.y, w, row.h}));
        x += w + gap;
    }
    return intent;
}

}  // namespace

MaybeIntent error_panel(Ui& ui, const ErrorView& view, Rect area) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = ui.theme.palette;
    const Metrics& m = ui.theme.metrics;
    list->AddRectFilled({area.x, area.y}, {area.right(), area.bottom()}, to_u32(p.error), m.rounding);
    list->AddRect({area.x, area.y}, {area.right(), area.bottom()}, to_u32(p.error_accent),
                  m.rounding, 0, m.border * 2);

    const float pad = m.padding * 2;
    const bool qr_beside = view.qr && !ui.layout.portrait();
    const float qr_room = qr_beside ? qr_side(ui) * 1.5f + pad : 0;
    const Rect text_box{area.x + pad, area.y + pad, area.w - 2 * pad - qr_room, area.h};
    const float text_h = draw_texts(ui, view, text_box);
    if (view.qr) {
        const float side = qr_side(ui);
        const float qx = qr_beside ? area.right() - pad - qr_room / 2 - side / 2 + pad / 2
                                   : area.center_x() - side / 2;
        const float qy = qr_beside ? area.y + pad : text_box.y + text_h + pad;
        draw_qr_block(ui, view, qx, qy);
    }
    if (view.actions.empty()) return std::nullopt;
    const Rect row{area.x + pad, area.bottom() - pad - m.big_button * 0.75f, area.w - 2 * pad,
                   m.big_button * 0.75f};
    return draw_actions(ui, view, row);
}

}  // namespace nanhai::kiosk::ui
