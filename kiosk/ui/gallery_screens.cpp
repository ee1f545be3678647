// The gallery screens (see gallery_screens.hpp).
#include "kiosk/ui/gallery_screens.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"
#include "kiosk/ui/widgets/countdown_banner.hpp"
#include "kiosk/ui/widgets/keypad.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"
#include "kiosk/ui/widgets/title_bar.hpp"

namespace nanhai::kiosk::ui {
namespace {

constexpr std::array<std::string_view, 8> kHomeFlows = {
    "book", "checkin", "case_query", "print", "evaluate", "consult", "guides", "credit"};

std::vector<ButtonSpec> home_buttons(const Ui& ui) {
    std::vector<ButtonSpec> buttons;
    for (const auto flow : kHomeFlows) {
        const std::string key = "home." + std::string(flow);
        buttons.push_back({key, ui.tr(key), ui.tr(key + ".hint"), ButtonStyle::primary,
                           std::string(flow), LabelFont::title});
    }
    return buttons;
}

MaybeIntent keypad_screen(Ui& ui, const GalleryView& view) {
    MaybeIntent intent = title_bar(ui, {ui.tr("case.title"), view.language, true, true});
    const Rect c = ui.layout.content();
    const float gap = ui.layout.spacing();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float pad_w = std::min(c.w, ui.theme.metrics.keypad_key * 3 * 2.2f);
    Rect text_box{c.x, c.y, ui.layout.portrait() ? c.w : c.w - pad_w - gap * 3, c.h};
    text_box.y += draw_text(list, ui.title_font(), ui.tr("case.enter_code"), ui.theme.palette.text, text_box) + gap;
    text_box.y += draw_text(list, ui.body_font(), ui.tr("case.code_hint"), ui.theme.palette.muted_text, text_box) + gap;
    const float h = keypad_height(ui);
    const Rect pad = ui.layout.portrait()
                         ? Rect{c.center_x() - pad_w / 2, std::max(text_box.y + gap, c.bottom() - h), pad_w, h}
                         : Rect{c.right() - pad_w, c.y, pad_w, h};
    keep_first(intent, keypad(ui, {view.keypad_entered, true, view.keypad_entered.size() >= 4, false, {}}, pad));
    return intent;
}

MaybeIntent printer_error_screen(Ui& ui, const GalleryView& view) {
    MaybeIntent intent = title_bar(ui, {ui.tr("print.title"), view.language, false, true});
    ErrorView error{ui.tr("error.printer_no_paper.title"), ui.tr("error.printer_no_paper.what"),
                    ui.tr("error.printer_no_paper.todo"), sample_qr_modules(),
                    ui.tr("error.printer_no_paper.qr"),
                    {{"error.ask_staff", ui.tr("common.ask_staff"), false},
                     {"error.ok", ui.tr("common.ok"), true}}};
    keep_first(intent, error_panel(ui, error, ui.layout.content()));
    return intent;
}

}  // namespace

std::string_view gallery_screen_id(GalleryScreen screen) {
    switch (screen) {
        case GalleryScreen::home: return "home";
        case GalleryScreen::keypad: return "case.keypad";
        case GalleryScreen::printer_no_paper: return "error.printer_no_paper";
        case GalleryScreen::countdown: return "session.countdown";
    }
    return "unknown";
}

MaybeIntent home_screen(Ui& ui, const std::string& language) {
    MaybeIntent intent = title_bar(ui, {{}, language, false, false});
    const Rect c = ui.layout.content();
    const float gap = ui.layout.spacing();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float welcome_h = draw_text(list, ui.title_font(), ui.tr("home.welcome"), ui.theme.palette.text, c);
    const float hint_h = text_height(ui.body_font(), ui.tr("common.ask_staff_hint"), c.w);
    draw_text(list, ui.body_font(), ui.tr("common.ask_staff_hint"), ui.theme.palette.muted_text,
              {c.x, c.bottom() - hint_h, c.w, hint_h});
    const Rect grid{c.x, c.y + welcome_h + gap, c.w, c.h - welcome_h - hint_h - 2 * gap};
    const auto buttons = home_buttons(ui);
    const int columns = ui.layout.grid_columns(static_cast<int>(buttons.size()));
    keep_first(intent, button_grid(ui, buttons, grid, columns));
    return intent;
}

MaybeIntent draw_gallery_screen(Ui& ui, GalleryScreen screen, const GalleryView& view) {
    MaybeIntent intent;
    {
        ScreenWindow window(ui, gallery_screen_id(screen));
        switch (screen) {
            case GalleryScreen::home:
            case GalleryScreen::countdown: intent = home_screen(ui, view.language); break;
            case GalleryScreen::keypad: intent = keypad_screen(ui, view); break;
            case GalleryScreen::printer_no_paper: intent = printer_error_screen(ui, view); break;
        }
    }
    if (screen == GalleryScreen::countdown)
        keep_first(intent, countdown_banner(ui, {view.countdown_seconds}));
    return intent;
}

QrModules sample_qr_modules() {
    constexpr int kSize = 25;
    QrModules qr{kSize, std::vector<std::uint8_t>(kSize * kSize, 0)};
    const auto set = [&qr](int x, int y, bool dark) {
        qr.dark[static_cast<std::size_t>(y * kSize + x)] = dark ? 1 : 0;
    };
    std::uint32_t state = 0x2024u;  // fixed seed: the gallery must render identically every time
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x) {
            state = state * 1664525u + 1013904223u;
            set(x, y, (state >> 28) & 1u);
        }
    const auto finder = [&set](int ox, int oy) {
        for (int y = -1; y < 8; ++y)
            for (int x = -1; x < 8; ++x) {
                const int ax = ox + x;
                const int ay = oy + y;
                if (ax < 0 || ay < 0 || ax >= kSize || ay >= kSize) continue;
                const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
                set(ax, ay, ring != 2 && ring != 4);
            }
    };
    finder(0, 0);
    finder(kSize - 7, 0);
    finder(0, kSize - 7);
    return qr;
}

}  // namespace nanhai::kiosk::ui
