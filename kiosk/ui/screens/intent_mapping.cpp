// Widget id -> core intent (see intent_mapping.hpp). Three rules, in order: renamed widgets;
// pager buttons "<list>.prev|next" -> "<list>.page"; a button whose id ends in its own value
// ("appointments.days.2026-12-02" / "2026-12-02") is the list, group or choice before it.
#include "kiosk/ui/screens/intent_mapping.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace nanhai::kiosk::ui::screens {
namespace {

// Same meaning, different name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kRenamed = {{
    {"title.back", "nav.back"},
    {"title.home", "nav.home"},
    {"title.finish", "session.finish"},
    {"title.elder", "elder"},
    {"countdown.finish", "session.finish"},
    {"keypad.x", "keypad.X"},
    {"keypad.backspace", "keypad.delete"},
}};

// A pager button: "<list>.prev" or "<list>.next" with the page wanted as its value.
bool is_pager(const Intent& intent) {
    const std::string_view w = intent.widget;
    if (!w.ends_with(".prev") && !w.ends_with(".next")) return false;
    if (intent.value.empty()) return false;
    for (char c : intent.value)
        if ((c < '0' || c > '9') && c != '-') return false;
    return true;
}

}  // namespace

core::Intent to_core_intent(const Intent& intent) {
    for (const auto& [from, to] : kRenamed)
        if (intent.widget == from) return {std::string(to), intent.value};
    const std::string_view w = intent.widget;
    // Keys carry their digit as value, but the core wants the key itself ("keypad.5").
    if (w.starts_with("keypad.")) return {intent.widget, intent.value};
    if (is_pager(intent)) return {std::string(w.substr(0, w.size() - 5)) + ".page", intent.value};
    const std::string suffix = "." + intent.value;
    if (!intent.value.empty() && w.size() > suffix.size() && w.ends_with(suffix)) {
        const std::string_view group = w.substr(0, w.size() - suffix.size());
        return {group == "title.lang" ? std::string("lang") : std::string(group), intent.value};
    }
    return {intent.widget, intent.value};
}

}  // namespace nanhai::kiosk::ui::screens
