// Keypad edits (see keypad_entry.hpp).
#include "kiosk/core/keypad_entry.hpp"

namespace nanhai::kiosk::core {

bool apply_keypad_edit(std::string& typed, const Intent& intent, const KeypadRules& rules) {
    const auto& w = intent.widget;
    if (w == widget::keypad_ok || !w.starts_with(widget::keypad_prefix)) return false;
    if (w == widget::keypad_delete) {
        if (!typed.empty()) typed.pop_back();
        return true;
    }
    if (w == widget::keypad_clear) {
        typed.clear();
        return true;
    }
    const std::string_view key = std::string_view{w}.substr(widget::keypad_prefix.size());
    const bool digit = key.size() == 1 && key[0] >= '0' && key[0] <= '9';
    const bool x = key == "X" && rules.allow_x;
    if ((digit || x) && typed.size() < rules.max_length) typed += key;
    return true;
}

}  // namespace nanhai::kiosk::core
