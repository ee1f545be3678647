// Full-display screen and overlay windows (see screen_window.hpp).
#include "kiosk/ui/widgets/screen_window.hpp"

#include <imgui.h>

#include <string>

#include "kiosk/ui/imgui_colors.hpp"

namespace nanhai::kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kScreenFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;

void begin_full_display(const Ui& ui, std::string_view id, Rgb background, std::uint8_t alpha,
                        ImGuiWindowFlags extra) {
    const Rect d = ui.layout.display();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({d.w, d.h});
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(to_u32(background, alpha)));
    const std::string name = "##" + std::string(id);
    ImGui::Begin(name.c_str(), nullptr, kScreenFlags | extra);
    ImGui::PopStyleColor();
}

}  // namespace

ScreenWindow::ScreenWindow(Ui& ui, std::string_view id) {
    // The mode can change between frames (elder toggle): the style follows the theme given.
    ui.theme.apply(ImGui::GetStyle());
    begin_full_display(ui, id, ui.theme.palette.background, 255,
                       ImGuiWindowFlags_NoBringToFrontOnFocus);
}

ScreenWindow::~ScreenWindow() { ImGui::End(); }

OverlayWindow::OverlayWindow(Ui& ui, std::string_view id) {
    ui.registry.disable_all();
    // The screen window never comes to the front (NoBringToFrontOnFocus), so an overlay begun
    // after it stays on top and receives the taps.
    begin_full_display(ui, id, ui.theme.palette.dim_overlay, 150, 0);
}

OverlayWindow::~OverlayWindow() { ImGui::End(); }

}  // namespace nanhai::kiosk::ui
