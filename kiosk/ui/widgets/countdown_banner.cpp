// Countdown banner drawing (see countdown_banner.hpp).
#include "kiosk/ui/widgets/countdown_banner.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"

namespace nanhai::kiosk::ui {
namespace {

float banner_width(const Ui& ui) {
    return std::min(ui.layout.display().w - 2 * ui.layout.margin(), 1200.0f);
}

// Title, the seconds, the sentence (wrapped as it will be drawn), then the buttons.
float banner_height(const Ui& ui, const std::string& body) {
    const float inner = banner_width(ui) - 4 * ui.theme.metrics.padding;
    return ui.theme.font.title * 1.25f + ui.theme.font.display * 1.25f +
           text_height(ui.button_font(), body, inner) + ui.layout.spacing() * 2 +
           ui.theme.metrics.big_button + ui.theme.metrics.padding * 4;
}

}  // namespace

MaybeIntent countdown_banner(Ui& ui, const CountdownView& view) {
    OverlayWindow overlay(ui, "countdown");
    const std::string seconds = std::to_string(std::max(0, view.seconds_left));
    const std::string body = ui.tr("session.countdown_body", {{"seconds", seconds}});
    const Rect d = ui.layout.display();
    const float w = banner_width(ui);
    const float h = banner_height(ui, body);
    const Rect r{(d.w - w) / 2, (d.h - h) / 2, w, h};
    const Palette& p = ui.theme.palette;
    const Metrics& m = ui.theme.metrics;
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, to_u32(p.banner), m.rounding);
    list->AddRect({r.x, r.y}, {r.right(), r.bottom()}, to_u32(p.banner_text), m.rounding, 0, m.border);

    const float pad = m.padding * 2;
    Rect box{r.x + pad, r.y + pad, r.w - 2 * pad, r.h};
    box.y += draw_text(list, ui.title_font(), ui.tr("session.countdown_title"), p.banner_text, box,
                       Align::center);
    box.y += draw_text(list, ui.display_font(), seconds, p.banner_text, box, Align::center);
    draw_text(list, ui.button_font(), body, p.banner_text, box, Align::center);

    const float gap = ui.layout.spacing();
    const float bw = (box.w - gap) / 2;
    const float by = r.bottom() - pad - m.big_button;
    MaybeIntent intent;
    keep_first(intent, big_button(ui, {"countdown.finish", ui.tr("session.finish"), {},
                                       ButtonStyle::secondary, {}},
                                  {box.x, by, bw, m.big_button}));
    keep_first(intent, big_button(ui, {"countdown.continue", ui.tr("session.continue"), {},
                                       ButtonStyle::primary, {}},
                                  {box.x + bw + gap, by, bw, m.big_button}));
    return intent;
}

}  // namespace nanhai::kiosk::ui
