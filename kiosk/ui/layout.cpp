// Layout helpers (see layout.hpp).
#include "kiosk/ui/layout.hpp"

#include <algorithm>

namespace nanhai::kiosk::ui {
namespace {

// Past this width lines of text get too long to follow; wide screens get side margins.
constexpr float kMaxContentWidth = 1680;

}  // namespace

Layout Layout::for_display(float width, float height, const Theme& theme) {
    Layout l;
    l.orientation_ = height > width ? Orientation::portrait : Orientation::landscape;
    l.mode_ = theme.mode;
    l.width_ = width;
    l.height_ = height;
    l.margin_ = std::max(24.0f, std::min(width, height) * 0.03f);
    l.spacing_ = theme.metrics.spacing;
    // Portrait is narrow for a title between the buttons but tall: the title gets a row of its own.
    const float row = theme.metrics.min_target + 2 * (theme.metrics.padding / 2);
    l.title_bar_height_ = l.portrait() ? row + theme.font.title * 1.5f : row;
    return l;
}

Rect Layout::content() const {
    const float w = std::min(width_ - 2 * margin_, kMaxContentWidth);
    const float top = title_bar_height_ + margin_ + (status_height_ > 0 ? status_height_ + margin_ / 2 : 0);
    return {(width_ - w) / 2, top, w, height_ - top - margin_};
}

Rect Layout::status_strip() const {
    const float w = std::min(width_ - 2 * margin_, kMaxContentWidth);
    return {(width_ - w) / 2, title_bar_height_ + margin_ / 2, w, status_height_};
}

int Layout::grid_columns(int items) const {
    const int wanted = portrait() ? 2 : (mode_ == UiMode::elder ? 3 : 4);
    return std::clamp(items, 1, wanted);
}

float Layout::cell_width(int columns) const {
    const auto n = static_cast<float>(std::max(columns, 1));
    return (content_width() - (n - 1) * spacing_) / n;
}

int Layout::grid_rows(int items, int columns) {
    return columns <= 0 ? 0 : (items + columns - 1) / columns;
}

float Layout::row_height(int rows, float available, float min_height) const {
    if (rows <= 0) return min_height;
    const auto n = static_cast<float>(rows);
    return std::max(min_height, (available - (n - 1) * spacing_) / n);
}

}  // namespace nanhai::kiosk::ui
