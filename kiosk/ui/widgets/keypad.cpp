// Keypad drawing (see keypad.hpp).
#include "kiosk/ui/widgets/keypad.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui {
namespace {

constexpr int kColumns = 3;
constexpr int kKeyRows = 5;  // 1-3, 4-6, 7-9, X 0 backspace, clear OK

float display_height(const Ui& ui) { return ui.theme.font.display * 1.25f + ui.theme.metrics.padding * 2; }

void draw_display(Ui& ui, const KeypadView& view, Rect r) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = ui.theme.palette;
    list->AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, to_u32(p.panel), ui.theme.metrics.rounding);
    list->AddRect({r.x, r.y}, {r.right(), r.bottom()}, to_u32(p.border), ui.theme.metrics.rounding,
                  0, ui.theme.metrics.border);
    const float pad = ui.theme.metrics.padding;
    if (view.entered.empty()) {
        const Rect box{r.x + pad, r.center_y() - ui.theme.font.body * 0.625f, r.w - 2 * pad, r.h};
        draw_text(list, ui.body_font(), ui.tr("keypad.empty"), p.muted_text, box, Align::center);
        return;
    }
    const std::string digits = view.mask ? std::string(view.entered.size(), '*') : group_digits(view.entered);
    const std::string shown = view.prefix.empty() ? digits : view.prefix + " " + digits;
    const Rect box{r.x + pad, r.y + pad, r.w - 2 * pad, r.h - 2 * pad};
    draw_text(list, ui.display_font(), shown, p.panel_text, box, Align::center);
}

std::array<ButtonSpec, 14> key_specs(const Ui& ui, const KeypadView& view) {
    const auto digit = [](char d) {
        return ButtonSpec{std::string("keypad.") + d, std::string(1, d), {}, ButtonStyle::secondary,
                          std::string(1, d), LabelFont::digits};
    };
    return {digit('1'), digit('2'), digit('3'), digit('4'), digit('5'), digit('6'),
            digit('7'), digit('8'), digit('9'),
            ButtonSpec{"keypad.x", "X", {},
                       view.allow_x ? ButtonStyle::secondary : ButtonStyle::disabled, "X", LabelFont::digits},
            digit('0'),
            ButtonSpec{"keypad.backspace", ui.tr("keypad.backspace"), {}, ButtonStyle::secondary, {}},
            ButtonSpec{"keypad.clear", ui.tr("keypad.clear"), {}, ButtonStyle::secondary, {}},
            ButtonSpec{"keypad.ok", ui.tr("keypad.ok"), {},
                       view.ok_enabled ? ButtonStyle::primary : ButtonStyle::disabled,
                       view.entered}};
}

}  // namespace

std::string group_digits(const std::string& entered) {
    std::string out;
    for (std::size_t i = 0; i < entered.size(); ++i) {
        if (i > 0 && i % 4 == 0) out.push_back(' ');
        out.push_back(entered[i]);
    }
    return out;
}

float keypad_height(const Ui& ui) {
    const float gap = ui.layout.spacing();
    return display_height(ui) + gap + kKeyRows * ui.theme.metrics.keypad_key + (kKeyRows - 1) * gap;
}

MaybeIntent keypad(Ui& ui, const KeypadView& view, Rect area) {
    const float gap = ui.layout.spacing();
    const float key_h = ui.theme.metrics.keypad_key;
    draw_display(ui, view, {area.x, area.y, area.w, display_height(ui)});
    const float top = area.y + display_height(ui) + gap;
    const float key_w = (area.w - (kColumns - 1) * gap) / kColumns;
    const auto keys = key_specs(ui, view);
    MaybeIntent intent;
    for (int i = 0; i < 12; ++i) {
        const Rect r{area.x + static_cast<float>(i % kColumns) * (key_w + gap),
                     top + static_cast<float>(i / kColumns) * (key_h + gap), key_w, key_h};
        keep_first(intent, big_button(ui, keys[static_cast<std::size_t>(i)], r));
    }
    // Last row: clear (one column) and a wide OK (two columns) so OK is the easiest to hit.
    const float last = top + 4 * (key_h + gap);
    keep_first(intent, big_button(ui, keys[12], {area.x, last, key_w, key_h}));
    keep_first(intent, big_button(ui, keys[13], {area.x + key_w + gap, last, 2 * key_w + gap, key_h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui
