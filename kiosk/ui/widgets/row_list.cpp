// Paged row list (see row_list.hpp).
#include "kiosk/ui/widgets/row_list.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"

namespace nanhai::kiosk::ui {
namespace {

float row_height(const Ui& ui) {
    // Title and detail on two lines, with padding: comfortably above the minimum target.
    return std::max(ui.theme.metrics.min_target,
                    (ui.theme.font.button + ui.theme.font.body) * 1.25f + ui.theme.metrics.padding * 1.5f);
}

float pager_height(const Ui& ui) { return ui.theme.metrics.min_target; }

ButtonStyle row_style(const Row& row) {
    if (!row.enabled) return ButtonStyle::disabled;
    return row.selected ? ButtonStyle::selected : ButtonStyle::secondary;
}

MaybeIntent draw_pager(Ui& ui, const RowListView& view, int page, int pages, Rect r) {
    const float gap = ui.layout.spacing();
    const float button_w = std::min(r.w / 3, 360.0f);
    MaybeIntent intent;
    keep_first(intent, big_button(ui, {view.id + ".prev", ui.tr("common.prev_page"), {},
                                       page > 0 ? ButtonStyle::secondary : ButtonStyle::disabled,
                                       std::to_string(page - 1)},
                                  {r.x, r.y, button_w, r.h}));
    keep_first(intent, big_button(ui, {view.id + ".next", ui.tr("common.next_page"), {},
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

}  // namespace

int rows_per_page(const Ui& ui, Rect area) {
    const float gap = ui.layout.spacing();
    const float room = area.h - pager_height(ui) - gap;
    return std::max(1, static_cast<int>((room + gap) / (row_height(ui) + gap)));
}

MaybeIntent row_list(Ui& ui, const RowListView& view, Rect area) {
    const int total = static_cast<int>(view.rows.size());
    const int per_page = rows_per_page(ui, area);
    const int pages = std::max(1, (total + per_page - 1) / per_page);
    const int page = std::clamp(view.page, 0, pages - 1);
    const float gap = ui.layout.spacing();
    const float h = row_height(ui);
    MaybeIntent intent;
    for (int i = page * per_page; i < std::min(total, (page + 1) * per_page); ++i) {
        const Row& row = view.rows[static_cast<std::size_t>(i)];
        const float y = area.y + static_cast<float>(i - page * per_page) * (h + gap);
        keep_first(intent, big_button(ui, {view.id + "." + row.key, row.title, row.detail,
                                           row_style(row), row.key},
                                      {area.x, y, area.w, h}));
    }
    if (pages > 1) {
        keep_first(intent, draw_pager(ui, view, page, pages,
                                      {area.x, area.bottom() - pager_height(ui), area.w, pager_height(ui)}));
    }
    return intent;
}

}  // namespace nanhai::kiosk::ui
