// The text field (see text_field.hpp).
#include "kiosk/ui/widgets/text_field.hpp"

#include <imgui.h>

#include <array>
#include <cstring>

#include "kiosk/ui/imgui_colors.hpp"
#include "kiosk/ui/text_draw.hpp"

namespace nanhai::kiosk::ui {
namespace {

constexpr std::size_t kMaxBytes = 160;  // 50 CJK characters (the platform's search limit) and room

}  // namespace

TextFieldResult text_field(Ui& ui, const TextFieldView& view, Rect rect) {
    ui.registry.add(view.id, rect, true);
    const Palette& p = ui.theme.palette;
    const float pad = ui.theme.metrics.padding;
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled({rect.x, rect.y}, {rect.right(), rect.bottom()}, to_u32(p.panel), ui.theme.metrics.rounding);
    list->AddRect({rect.x, rect.y}, {rect.right(), rect.bottom()}, to_u32(p.border), ui.theme.metrics.rounding, 0,
                  ui.theme.metrics.border);

    std::array<char, kMaxBytes> buffer{};
    std::strncpy(buffer.data(), view.text.c_str(), buffer.size() - 1);
    ImGui::PushFont(ui.button_font());
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(to_u32(p.panel)));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(to_u32(p.panel_text)));
    const float font_h = ui.theme.font.button;
    ImGui::SetCursorScreenPos({rect.x + pad / 2, rect.center_y() - font_h / 2 - ImGui::GetStyle().FramePadding.y});
    ImGui::PushItemWidth(rect.w - pad);
    const std::string label = "##" + view.id;
    TextFieldResult result;
    result.submitted = ImGui::InputText(label.c_str(), buffer.data(), buffer.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    const bool focused = ImGui::IsItemActive();
    ImGui::PopItemWidth();
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    if (view.text != buffer.data()) result.edited = std::string{buffer.data()};
    if (view.text.empty() && !focused && !result.edited)
        draw_text(list, ui.button_font(), view.placeholder, p.muted_text, {rect.x + pad, rect.center_y() - font_h * 0.6f, rect.w - 2 * pad, font_h * 1.3f});
    return result;
}

}  // namespace nanhai::kiosk::ui
