// Widget id -> core intent (see intent_mapping.hpp).
#include "kiosk/ui/screens/intent_mapping.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace nanhai::kiosk::ui::screens {
namespace {

// Same meaning, different name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kRenamed = {{
    {"title.back", "nav.back"},
    {"title.home", "nav.back"},
    {"countdown.finish", "session.finish"},
    {"keypad.x", "keypad.X"},
    {"keypad.backspace", "keypad.delete"},
}};

// Ids with the value appended; the core wants the bare widget and the value.
constexpr std::array<std::string_view, 3> kValuePrefixes = {"blacklist.appeal.", "appeal.preset.",
                                                            "title.lang."};

}  // namespace

core::Intent to_core_intent(const Intent& intent) {
    for (const auto& [from, to] : kRenamed)
        if (intent.widget == from) return {std::string(to), intent.value};
    if (intent.widget == "title.elder") return {"elder", intent.value};
    for (const auto prefix : kValuePrefixes) {
        if (!intent.widget.starts_with(prefix)) continue;
        const std::string widget = prefix == "title.lang." ? "lang" : std::string(prefix.substr(0, prefix.size() - 1));
        return {widget, intent.value};
    }
    return {intent.widget, intent.value};
}

}  // namespace nanhai::kiosk::ui::screens
