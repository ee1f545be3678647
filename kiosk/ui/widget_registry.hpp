// Where every interactive widget is on this frame, by stable id. Headless scripts and tests
// drive the UI by id ("tap keypad.5"): they look the rectangle up here and click its centre,
// so a script never depends on coordinates and survives layout changes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ui/layout.hpp"

namespace nanhai::kiosk::ui {

struct RegisteredWidget {
    std::string id;
    Rect rect;
    bool enabled = true;
};

class WidgetRegistry {
public:
    // Called at the start of every frame: only what was drawn this frame can be tapped.
    void begin_frame();
    void add(std::string_view id, Rect rect, bool enabled = true);
    // A modal overlay covers everything registered so far: none of it can be tapped now.
    void disable_all();

    std::optional<RegisteredWidget> find(std::string_view id) const;
    const std::vector<RegisteredWidget>& widgets() const { return widgets_; }
    std::vector<std::string> ids() const;
    // Ids registered twice in this frame: a screen bug (a tap would be ambiguous).
    const std::vector<std::string>& duplicates() const { return duplicates_; }

private:
    std::vector<RegisteredWidget> widgets_;
    std::vector<std::string> duplicates_;
};

}  // namespace nanhai::kiosk::ui
