// The pager row (see pager.hpp).
#include "kiosk/ui/widgets/pager.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui {

float pager_height(const Ui& ui) { return ui.theme.metrics.min_target; }

MaybeIntent pager(Ui& ui, const std::string& id, int page, int pages, Rect r) {
    const float gap = ui.layout.spacing();
    const float button_w = std::min(r.w / 3, 360.0f);
    MaybeIntent intent;
    keep_first(intent, big_button(ui, {id + ".prev", ui.tr("common.prev_page"), {},
                                       page > 0 ? ButtonStyle::secondary : ButtonStyle::disabled,
                                       std::to_string(page - 1)},
                                  {r.x, r.y, button_w, r.h}));
    keep_first(intent, big_button(ui, {id + ".next", ui.tr("common.next_page"), {},
                                       page + 1 < pages ? ButtonStyle::secondary : ButtonStyle::disabled,
                                       std::to_string(page + 1)},
                                  {r.right() - button_w, r.y, button_w, r.h}));
    const std::string label = ui.tr("common.page_of", {{"page", std::to_string(page + 1)},
                                                       {"pages", std::to_string(pages)}});
    const Rect middle{r.x + button_w + gap, r.center_y() - ui.theme.font.body * 0.625f,
                      r.w - 2 * (button_w + gap), r.h};
    draw_text(ImGui::GetWindowDrawList(), ui.body_font(), label, ui.theme.palette.text, middle,
              Align::center);
    return intent;
}

}  // namespace nanhai::kiosk::ui
