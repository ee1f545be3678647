// On-screen keypad for approval codes, ID and phone numbers: digits, X (the check character of
// resident ID numbers), backspace, clear and OK, with the entered value shown above it. The
// widget keeps no state: the entered text comes from the view, each key is an intent.
#pragma once

#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct KeypadView {
    std::string entered;           // what the core holds so far
    bool allow_x = true;           // approval codes and ID numbers may contain X
    bool ok_enabled = true;        // the core says whether the entry is complete
    bool mask = false;             // PINs: show dots instead of digits
    std::string prefix;            // shown before the digits, not typed ("YY" of appointments)
};

// Widget ids: keypad.0 .. keypad.9 (value: the digit), keypad.x ("X"), keypad.backspace,
// keypad.clear, keypad.ok (value: the entered text).
MaybeIntent keypad(Ui& ui, const KeypadView& view, Rect area);

// Height the keypad wants at the current theme: display line + 5 rows of keys.
float keypad_height(const Ui& ui);

// "4406 0520 2401 0001": groups of four so that a long code can be checked against paper.
std::string group_digits(const std::string& entered);

}  // namespace nanhai::kiosk::ui
