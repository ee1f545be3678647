// Everything a widget needs for one frame: theme, texts of the current language, fonts, the
// widget registry and the layout. Screens receive it by reference and pass it on; it holds no
// application state, so the same widgets draw in the app window and in headless tests.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/ui/font_set.hpp"
#include "kiosk/ui/layout.hpp"
#include "kiosk/ui/string_table.hpp"
#include "kiosk/ui/theme.hpp"
#include "kiosk/ui/widget_registry.hpp"

struct ImFont;

namespace nanhai::kiosk::ui {

struct Ui {
    const Theme& theme;
    const StringTable& text;
    const FontSet& fonts;
    WidgetRegistry& registry;
    Layout layout;

    Ui(const Theme& t, const StringTable& s, const FontSet& f, WidgetRegistry& r, float width,
       float height)
        : theme(t), text(s), fonts(f), registry(r), layout(Layout::for_display(width, height, t)) {}

    // The text for `key` in the current language.
    std::string tr(std::string_view key) const { return text.get(key); }
    std::string tr(std::string_view key, std::initializer_list<TextArg> args) const {
        return text.format(key, args);
    }

    ImFont* body_font() const { return fonts.at(theme.font.body); }
    ImFont* button_font() const { return fonts.at(theme.font.button); }
    ImFont* title_font() const { return fonts.at(theme.font.title); }
    ImFont* display_font() const { return fonts.at(theme.font.display); }
};

}  // namespace nanhai::kiosk::ui
