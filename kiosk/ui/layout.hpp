// Screen geometry from the display size: the kiosk runs landscape 1920x1080 or portrait
// 1080x1920 (cage sets the window to the output size), so nothing uses a fixed resolution.
#pragma once

#include "kiosk/ui/theme.hpp"

namespace nanhai::kiosk::ui {

struct Rect {
    float x = 0;
    float y = 0;
    float w = 0;
    float h = 0;

    float right() const { return x + w; }
    float bottom() const { return y + h; }
    float center_x() const { return x + w / 2; }
    float center_y() const { return y + h / 2; }
    bool contains(float px, float py) const {
        return px >= x && px < right() && py >= y && py < bottom();
    }
    friend bool operator==(const Rect&, const Rect&) = default;
};

enum class Orientation { landscape, portrait };

class Layout {
public:
    static Layout for_display(float width, float height, const Theme& theme);

    Orientation orientation() const { return orientation_; }
    bool portrait() const { return orientation_ == Orientation::portrait; }
    Rect display() const { return {0, 0, width_, height_}; }
    Rect title_bar() const { return {0, 0, width_, title_bar_height_}; }
    // The area screens draw into: below the title bar, inside the margins, centred and no wider
    // than a comfortable reading width.
    Rect content() const;
    float content_width() const { return content().w; }
    float margin() const { return margin_; }
    // A strip under the title bar for a status line (a receipt printing): the content area
    // starts below it while it is reserved.
    void reserve_status_strip(float height) { status_height_ = height; }
    Rect status_strip() const;
    float spacing() const { return spacing_; }

    // Columns for a grid of `items` big buttons: fewer, larger buttons in elder mode and portrait.
    int grid_columns(int items) const;
    float cell_width(int columns) const;
    // Rows the grid needs, and the height of each row so that `rows` rows fill `available`,
    // never below `min_height`.
    static int grid_rows(int items, int columns);
    float row_height(int rows, float available, float min_height) const;

private:
    Orientation orientation_ = Orientation::landscape;
    UiMode mode_ = UiMode::normal;
    float width_ = 0;
    float height_ = 0;
    float margin_ = 0;
    float spacing_ = 0;
    float title_bar_height_ = 0;
    float status_height_ = 0;
};

}  // namespace nanhai::kiosk::ui
