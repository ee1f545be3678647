// What a pressed widget means: its stable id and a value ("keypad.5" / "5"). Same shape as the
// core's Intent (kiosk-design.md) so the app converts one to the other field by field, while
// the UI stays buildable and testable without the core.
#pragma once

#include <optional>
#include <string>

namespace nanhai::kiosk::ui {

struct Intent {
    std::string widget;
    std::string value;
    friend bool operator==(const Intent&, const Intent&) = default;
};

// Widgets return at most one intent per frame (one finger, one tap).
using MaybeIntent = std::optional<Intent>;

// Keeps the first intent of a frame: screens draw several widgets and return what was pressed.
inline void keep_first(MaybeIntent& into, MaybeIntent from) {
    if (!into && from) into = std::move(from);
}

}  // namespace nanhai::kiosk::ui
