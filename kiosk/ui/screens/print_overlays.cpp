// What the printer is doing, over any screen: a status line while a receipt prints and after
// ("take your receipt"), and a modal panel when it cannot print (paper out, cover open, no printer)
// that says the receipt is kept, what staff will do, and shows the same content as a QR code.
#include <imgui.h>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/screens/print_overlays.hpp"
#include "kiosk/ui/widgets/error_panel.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

std::string kind_of(ScreenFrame& f, const core::PrintView& p) { return f.ui.tr("print.kind." + p.kind); }

// In the strip the layout reserved under the title bar (ScreenDrawer does it whenever a
// print status is shown), so it never covers the screen.
void status_line(ScreenFrame& f, const std::string& text, Rect box) {
    note(f, text);
    if (box.h <= 0) return;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = f.ui.theme.palette;
    const float pad = f.ui.theme.metrics.padding / 2;
    list->AddRectFilled({box.x, box.y}, {box.right(), box.bottom()}, to_u32(p.banner), f.ui.theme.metrics.rounding);
    const float h = text_height(f.ui.button_font(), text, box.w - 2 * pad);
    draw_text(list, f.ui.button_font(), text, p.banner_text, {box.x + pad, box.center_y() - h / 2, box.w - 2 * pad, h},
              Align::center);
}

ErrorView panel_view(ScreenFrame& f, const core::PrintView& p) {
    ErrorView view;
    const std::string kind = kind_of(f, p);
    if (p.state == "held") {
        view.title = f.ui.tr("print.problem." + p.problem);
        view.what = tr(f, "print.held.what", {{"kind", kind}});
        view.todo = f.ui.tr("print.held.todo");
        view.actions = {{"print.use_qr", f.ui.tr("print.use_qr"), false}, {"print.wait", f.ui.tr("print.wait"), true}};
    } else if (p.state == "failed") {
        view.title = f.ui.tr("print.failed.title");
        const char* what = p.recourse.empty() ? "print.failed.what" : "print.failed.will_not_print";
        view.what = tr(f, what, {{"kind", kind}, {"problem", f.ui.tr("print.problem." + p.problem)}});
        view.todo = f.ui.tr(p.recourse == "ask_staff" ? "print.failed.ask_staff" : "print.qr_todo");
        view.actions = {{"print.dismiss", f.ui.tr("common.ok"), true}};
    } else {  // qr_only
        view.title = f.ui.tr("print.qr_only.title");
        view.what = tr(f, "print.qr_only.what", {{"kind", kind}});
        view.todo = f.ui.tr("print.qr_todo");
        view.actions = {{"print.dismiss", f.ui.tr("common.done"), true}};
    }
    auto qr = qr_modules_for(p.qr_payload);
    if (qr.size > 0) {
        view.qr = std::move(qr);
        view.qr_caption = f.ui.tr("print.qr_caption");
    }
    for (const auto& text : {view.title, view.what, view.todo, view.qr_caption}) note(f, text);
    for (const auto& action : view.actions) note(f, action.label);
    return view;
}

}  // namespace

float print_status_height(const Ui& ui, const core::PrintView& p) {
    return p.modal ? 0 : ui.theme.font.button * 1.25f + ui.theme.metrics.padding;
}

void print_status(ScreenFrame& f, const core::PrintView& p, Rect box) {
    if (p.state == "printing") status_line(f, tr(f, "print.printing", {{"kind", kind_of(f, p)}}), box);
    else if (p.state == "printed") status_line(f, tr(f, "print.printed", {{"kind", kind_of(f, p)}}), box);
    else if (p.state == "waiting_for_staff")
        status_line(f, tr(f, "print.waiting", {{"kind", kind_of(f, p)}, {"problem", f.ui.tr("print.problem." + p.problem)}}), box);
}

MaybeIntent print_panel(ScreenFrame& f, const core::PrintView& p) {
    OverlayWindow overlay(f.ui, "print");
    const Rect c = f.ui.layout.content();
    const Rect panel = f.ui.layout.portrait() ? Rect{c.x, c.y + c.h * 0.1f, c.w, c.h * 0.75f}
                                              : Rect{c.x + c.w * 0.05f, c.y + c.h * 0.08f, c.w * 0.9f, c.h * 0.8f};
    return error_panel(f.ui, panel_view(f, p), panel);
}

}  // namespace nanhai::kiosk::ui::screens
