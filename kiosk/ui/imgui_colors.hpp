// Rgb -> ImGui colour conversions, kept out of theme.hpp so that users of the theme's values
// (tests, layout) need no ImGui headers.
#pragma once

#include <imgui.h>

#include "kiosk/ui/contrast.hpp"

namespace nanhai::kiosk::ui {

inline ImU32 to_u32(Rgb c, std::uint8_t alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

inline ImVec4 to_vec4(Rgb c) { return ImGui::ColorConvertU32ToFloat4(to_u32(c)); }

}  // namespace nanhai::kiosk::ui
