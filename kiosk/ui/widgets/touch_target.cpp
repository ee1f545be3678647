// Registry + ImGui button behaviour for a rectangle (see touch_target.hpp).
#include "kiosk/ui/widgets/touch_target.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace nanhai::kiosk::ui {

TouchState touch_target(Ui& ui, std::string_view id, Rect rect, bool enabled) {
    ui.registry.add(id, rect, enabled);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID imgui_id = window->GetID(id.data(), id.data() + id.size());
    const ImRect box(rect.x, rect.y, rect.right(), rect.bottom());
    if (!ImGui::ItemAdd(box, imgui_id) || !enabled) return {};
    bool hovered = false;
    TouchState state;
    state.pressed = ImGui::ButtonBehavior(box, imgui_id, &hovered, &state.held);
    return state;
}

}  // namespace nanhai::kiosk::ui
