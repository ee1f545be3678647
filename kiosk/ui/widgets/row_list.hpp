// A list of selectable rows (items, halls, days, slots, cases) shown a page at a time with
// big previous/next buttons: paging is easier than scrolling for older users, and every row
// stays a fixed, tappable target.
#pragma once

#include <string>
#include <vector>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct Row {
    std::string key;     // stable part of the widget id: "<list>.<key>"
    std::string title;   // already translated (catalogue names come translated from the platform)
    std::string detail;  // optional second line, e.g. "还剩 3 个名额"
    bool selected = false;
    bool enabled = true;
};

struct RowListView {
    std::string id;  // e.g. "appointments.items"
    std::vector<Row> rows;
    int page = 0;    // held by the core; clamped here when the layout changes rows per page
    int columns = 1;  // rows side by side (landscape lists of short rows)
};

// Widget ids: "<id>.<row key>" (value: the key), "<id>.prev" and "<id>.next" (value: the page
// wanted). `drawn`, when given, receives the texts of the rows drawn on this page.
MaybeIntent row_list(Ui& ui, const RowListView& view, Rect area, std::vector<std::string>* drawn = nullptr);

// Rows that fit in `area` at the current theme (at least 1), per column.
int rows_per_page(const Ui& ui, Rect area);

}  // namespace nanhai::kiosk::ui
