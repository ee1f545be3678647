// The developer panel (see dev_panel.hpp): small buttons in a box over the screen's lower left.
#include "kiosk/app/dev_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::app {
namespace {

constexpr int kColumns = 3;

}  // namespace

std::string dev_widget_id(const std::string& command) {
    std::string id = "dev." + command;
    for (char& c : id)
        if (c == ' ') c = '-';
    return id;
}

std::vector<std::string> dev_panel_commands(const std::vector<std::string>& cards) {
    std::vector<std::string> commands;
    for (const auto& card : cards) commands.push_back("card insert " + card);
    commands.push_back("card remove");
    commands.push_back("card pull-mid-read citizen");
    commands.push_back("scan 440605261130102000010");
    commands.push_back("scan not-a-kiosk-code");
    for (const char* state : {"ok", "paper-low", "paper-out", "cover-open"}) commands.push_back(std::string("printer ") + state);
    commands.push_back("platform down");
    commands.push_back("platform up");
    commands.push_back("status");
    return commands;
}

ui::MaybeIntent dev_panel(ui::Ui& ui, const DevPanelView& view) {
    const ui::Rect d = ui.layout.display();
    const float target = ui.theme.metrics.min_target;
    const float gap = ui.layout.spacing() / 2;
    const ui::Rect toggle{gap, d.h - target - gap, target * 1.6f, target};
    const auto commands = dev_panel_commands(view.cards);
    const int rows = static_cast<int>((commands.size() + kColumns - 1) / kColumns);
    const float w = std::min(d.w - 2 * gap, 1100.0f);
    const float status_h = ui.theme.font.body * 1.5f;
    const float h = static_cast<float>(rows) * (target + gap) + status_h + 3 * gap;
    const ui::Rect box{gap, toggle.y - gap - h, w, h};
    // A window just around what is drawn: over the screen there, and nowhere else, so the
    // screen's own buttons keep working beside it.
    const ui::Rect area = view.open ? ui::Rect{0, box.y - gap, box.right() + gap, d.h - box.y + gap}
                                    : ui::Rect{0, toggle.y - gap, toggle.right() + gap, d.h - toggle.y + gap};
    ImGui::SetNextWindowPos({area.x, area.y});
    ImGui::SetNextWindowSize({area.w, area.h});
    ImGui::Begin("##dev", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    ui::MaybeIntent intent;
    ui::keep_first(intent, ui::big_button(ui, {"dev.toggle", "DEV", {}, view.open ? ui::ButtonStyle::selected : ui::ButtonStyle::secondary, {}},
                                          toggle));
    if (view.open) {
        const float cell_w = (w - 2 * gap - static_cast<float>(kColumns - 1) * gap) / kColumns;
        ImDrawList* list = ImGui::GetWindowDrawList();
        list->AddRectFilled({box.x, box.y}, {box.right(), box.bottom()}, ui::to_u32(ui.theme.palette.panel),
                            ui.theme.metrics.rounding);
        list->AddRect({box.x, box.y}, {box.right(), box.bottom()}, ui::to_u32(ui.theme.palette.border),
                      ui.theme.metrics.rounding, 0, ui.theme.metrics.border);
        for (std::size_t i = 0; i < commands.size(); ++i) {
            const float x = box.x + gap + static_cast<float>(i % kColumns) * (cell_w + gap);
            const float y = box.y + gap + static_cast<float>(i / kColumns) * (target + gap);
            ui::keep_first(intent, ui::big_button(ui, {dev_widget_id(commands[i]), commands[i], {}, ui::ButtonStyle::secondary,
                                                       commands[i]},
                                                  {x, y, cell_w, target}));
        }
        ui::draw_text(list, ui.body_font(), view.status, ui.theme.palette.panel_text,
                      {box.x + gap, box.bottom() - status_h - gap, box.w - 2 * gap, status_h});
    }
    ImGui::End();
    return intent;
}

}  // namespace nanhai::kiosk::app
