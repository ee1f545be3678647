// Spinner + message (see wait_indicator.hpp).
#include "kiosk/ui/widgets/wait_indicator.hpp"

#include <imgui.h>

#include <cmath>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"

namespace nanhai::kiosk::ui {
namespace {

constexpr int kDots = 12;
constexpr float kTurnsPerSecond = 0.75f;

void draw_spinner(ImDrawList* list, ImVec2 centre, float radius, float elapsed, Rgb colour) {
    const float step = 2 * 3.14159265f / kDots;
    const int lead = static_cast<int>(elapsed * kTurnsPerSecond * kDots) % kDots;
    for (int i = 0; i < kDots; ++i) {
        // Dots fade behind the leading one, so the direction of motion reads without animation.
        const int behind = (lead - i + kDots) % kDots;
        const auto alpha = static_cast<std::uint8_t>(255 - behind * 18);
        const float a = static_cast<float>(i) * step;
        list->AddCircleFilled({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)},
                              radius * 0.16f, to_u32(colour, alpha), 16);
    }
}

}  // namespace

void wait_indicator(Ui& ui, const std::string& message, float elapsed_seconds, Rect area) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float radius = ui.theme.metrics.big_button * 0.4f;
    const float text_h = text_height(ui.title_font(), message, area.w);
    const float total = 2 * radius + ui.layout.spacing() * 2 + text_h;
    const float top = area.center_y() - total / 2;
    draw_spinner(list, {area.center_x(), top + radius}, radius, elapsed_seconds,
                 ui.theme.palette.primary);
    draw_text(list, ui.title_font(), message, ui.theme.palette.text,
              {area.x, top + 2 * radius + ui.layout.spacing() * 2, area.w, text_h}, Align::center);
}

}  // namespace nanhai::kiosk::ui
