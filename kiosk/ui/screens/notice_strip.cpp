// The notice strip (see notice_strip.hpp).
#include "kiosk/ui/screens/notice_strip.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/imgui_colors.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

// One notice's height at the strip's width: it wraps on narrow (portrait, large text) screens.
float notice_height(Ui& ui, const std::string& text, float width) {
    const float pad = ui.theme.metrics.padding / 2;
    return std::max(ui.theme.font.button * 1.3f, text_height(ui.button_font(), text, width - 2 * pad)) + pad / 2;
}

}  // namespace

float notice_strip_height(Ui& ui, const std::vector<std::string>& notices) {
    if (notices.empty()) return 0;
    const float width = ui.layout.status_strip().w;
    float h = ui.theme.metrics.padding / 2;
    for (const auto& key : notices) h += notice_height(ui, ui.tr(key), width);
    return h;
}

void notice_strip(ScreenFrame& f, const std::vector<std::string>& notices, Rect box) {
    if (notices.empty() || box.h <= 0) return;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = f.ui.theme.palette;
    const float pad = f.ui.theme.metrics.padding / 2;
    list->AddRectFilled({box.x, box.y}, {box.right(), box.bottom()}, to_u32(p.error), f.ui.theme.metrics.rounding);
    list->AddRect({box.x, box.y}, {box.right(), box.bottom()}, to_u32(p.error_accent), f.ui.theme.metrics.rounding, 0,
                  f.ui.theme.metrics.border);
    float y = box.y + pad / 2;
    for (const auto& key : notices) {
        const std::string text = f.ui.tr(key);
        note(f, text);
        const float h = notice_height(f.ui, text, box.w);
        const float text_h = text_height(f.ui.button_font(), text, box.w - 2 * pad);
        draw_text(list, f.ui.button_font(), text, p.error_text, {box.x + pad, y + (h - text_h) / 2, box.w - 2 * pad, text_h},
                  Align::left);
        y += h;
    }
}

}  // namespace nanhai::kiosk::ui::screens
