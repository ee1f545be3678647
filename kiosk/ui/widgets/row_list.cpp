// Paged row list (see row_list.hpp).
#include "kiosk/ui/widgets/row_list.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/big_button.hpp"
#include "kiosk/ui/widgets/pager.hpp"

namespace nanhai::kiosk::ui {
namespace {

float row_height(const Ui& ui) {
    // Title and detail on two lines, with padding: comfortably above the minimum target.
    return std::max(ui.theme.metrics.min_target,
                    (ui.theme.font.button + ui.theme.font.body) * 1.25f + ui.theme.metrics.padding * 1.5f);
}

ButtonStyle row_style(const Row& row) {
    if (!row.enabled) return ButtonStyle::disabled;
    return row.selected ? ButtonStyle::selected : ButtonStyle::secondary;
}

}  // namespace

int rows_per_page(const Ui& ui, Rect area) {
    const float gap = ui.layout.spacing();
    const float room = area.h - pager_height(ui) - gap;
    return std::max(1, static_cast<int>((room + gap) / (row_height(ui) + gap)));
}

namespace {

// A long name or detail wraps: the rows of a page grow together to the tallest one, and fewer
// fit on the page.
float content_row_height(Ui& ui, const RowListView& view, float width) {
    float h = row_height(ui);
    for (const Row& row : view.rows) {
        const ButtonSpec spec{view.id, row.title, row.detail, ButtonStyle::secondary, {}};
        h = std::max(h, button_content_height(ui, spec, width) + ui.theme.metrics.padding * 1.5f);
    }
    return h;
}

int rows_fitting(const Ui& ui, Rect area, float row_h) {
    const float gap = ui.layout.spacing();
    const float room = area.h - pager_height(ui) - gap;
    return std::max(1, static_cast<int>((room + gap) / (row_h + gap)));
}

}  // namespace

MaybeIntent row_list(Ui& ui, const RowListView& view, Rect area, std::vector<std::string>* drawn) {
    const int total = static_cast<int>(view.rows.size());
    const int columns = std::max(1, view.columns);
    const float gap = ui.layout.spacing();
    const float w = (area.w - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    const float h = content_row_height(ui, view, w);
    const int rows = rows_fitting(ui, area, h);
    const int per_page = rows * columns;
    const int pages = std::max(1, (total + per_page - 1) / per_page);
    const int page = std::clamp(view.page, 0, pages - 1);
    MaybeIntent intent;
    for (int i = page * per_page; i < std::min(total, (page + 1) * per_page); ++i) {
        const Row& row = view.rows[static_cast<std::size_t>(i)];
        if (drawn) {
            drawn->push_back(row.title);
            if (!row.detail.empty()) drawn->push_back(row.detail);
        }
        // Down the first column, then the next: reading order for a list.
        const int at = i - page * per_page;
        const float x = area.x + static_cast<float>(at / rows) * (w + gap);
        const float y = area.y + static_cast<float>(at % rows) * (h + gap);
        keep_first(intent, big_button(ui, {view.id + "." + row.key, row.title, row.detail, row_style(row), row.key},
                                      {x, y, w, h}));
    }
    if (pages > 1) {
        keep_first(intent, pager(ui, view.id, page, pages,
                                 {area.x, area.bottom() - pager_height(ui), area.w, pager_height(ui)}));
    }
    return intent;
}

}  // namespace nanhai::kiosk::ui
