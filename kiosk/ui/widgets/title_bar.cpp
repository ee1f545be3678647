// Title bar drawing (see title_bar.hpp).
#include "kiosk/ui/widgets/title_bar.hpp"

#include <imgui.h>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui {
namespace {

// Width of a bar button: its label plus padding, never narrower than a square target.
float bar_button_width(const Ui& ui, const std::string& label) {
    const float w = text_width(ui.button_font(), label) + 2 * ui.theme.metrics.padding;
    return std::max(w, ui.theme.metrics.min_target * 1.4f);
}

struct BarCursor {
    float left;
    float right;
    float y;
    float h;
};

MaybeIntent place_left(Ui& ui, BarCursor& c, ButtonSpec spec) {
    const float w = bar_button_width(ui, spec.label);
    const Rect r{c.left, c.y, w, c.h};
    c.left += w + ui.layout.spacing();
    return big_button(ui, spec, r);
}

MaybeIntent place_right(Ui& ui, BarCursor& c, ButtonSpec spec) {
    const float w = bar_button_width(ui, spec.label);
    c.right -= w;
    const Rect r{c.right, c.y, w, c.h};
    c.right -= ui.layout.spacing();
    return big_button(ui, spec, r);
}

ButtonStyle toggle_style(bool on) { return on ? ButtonStyle::selected : ButtonStyle::secondary; }

}  // namespace

MaybeIntent title_bar(Ui& ui, const TitleBarView& view) {
    const Rect bar = ui.layout.title_bar();
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled({bar.x, bar.y}, {bar.right(), bar.bottom()}, to_u32(ui.theme.palette.title_bar));

    const float pad = ui.theme.metrics.padding / 2;
    const float row_h = ui.theme.metrics.min_target;
    BarCursor c{ui.layout.margin(), bar.w - ui.layout.margin(), bar.y + pad, row_h};
    MaybeIntent intent;
    if (view.show_back)
        keep_first(intent, place_left(ui, c, {"title.back", ui.tr("common.back"), {}, ButtonStyle::secondary, {}}));
    if (view.show_home)
        keep_first(intent, place_left(ui, c, {"title.home", ui.tr("common.home"), {}, ButtonStyle::secondary, {}}));

    const bool elder = ui.theme.mode == UiMode::elder;
    const std::string elder_label =
        ui.tr("title.elder_mode") + " " + ui.tr(elder ? "title.on" : "title.off");
    keep_first(intent, place_right(ui, c, {"title.elder", elder_label, {}, toggle_style(elder),
                                           elder ? "off" : "on"}));
    keep_first(intent, place_right(ui, c, {"title.lang.en", ui.tr("title.lang_en"), {},
                                           toggle_style(view.language == "en"), "en"}));
    keep_first(intent, place_right(ui, c, {"title.lang.zh-CN", ui.tr("title.lang_zh"), {},
                                           toggle_style(view.language != "en"), "zh-CN"}));
    if (view.show_finish)
        keep_first(intent, place_right(ui, c, {"title.finish", ui.tr("title.finish"), {}, ButtonStyle::secondary, {}}));

    // Landscape: the title gets what is left between the buttons; portrait: the row under them.
    // It wraps rather than being cut.
    const std::string title = view.title.empty() ? ui.tr("app.title") : view.title;
    ImFont* font = ui.title_font();
    const float row_bottom = bar.y + 2 * pad + row_h;
    const Rect room = ui.layout.portrait()
                          ? Rect{ui.layout.margin(), row_bottom, bar.w - 2 * ui.layout.margin(), bar.bottom() - row_bottom}
                          : Rect{c.left + pad, bar.y, c.right - c.left - 2 * pad, bar.h};
    const float h = text_height(font, title, room.w);
    draw_text(list, font, title, ui.theme.palette.title_bar_text, {room.x, room.center_y() - h / 2, room.w, h});
    return intent;
}

}  // namespace nanhai::kiosk::ui
