// The on-screen keypad's edits, shared by every flow that takes digits (approval codes,
// appointment numbers, phone numbers): a key appends, delete and clear edit; OK is the flow's.
#pragma once

#include <cstddef>
#include <string>

#include "kiosk/core/intent.hpp"

namespace nanhai::kiosk::core {

struct KeypadRules {
    std::size_t max_length = 0;
    bool allow_x = false;  // approval codes end in a check character that may be X
};

// Applies `intent` to `typed` when it is a keypad edit (keypad.<digit>, keypad.X,
// keypad.delete, keypad.clear); false for anything else, keypad.ok included.
bool apply_keypad_edit(std::string& typed, const Intent& intent, const KeypadRules& rules);

}  // namespace nanhai::kiosk::core
