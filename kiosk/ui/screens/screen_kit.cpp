// Shared screen helpers (see screen_kit.hpp).
#include "kiosk/ui/screens/screen_kit.hpp"

#include <imgui.h>

#include "kiosk/ui/widgets/title_bar.hpp"

namespace nanhai::kiosk::ui::screens {

void note(ScreenFrame& f, std::string text) {
    if (!text.empty()) f.texts.push_back(std::move(text));
}

float say(ScreenFrame& f, ImFont* font, const std::string& text, Rgb colour, Rect box,
          Align align) {
    note(f, text);
    return draw_text(ImGui::GetWindowDrawList(), font, text, colour, box, align);
}

ButtonSpec button(ScreenFrame& f, std::string id, std::string label, std::string hint,
                  ButtonStyle style, std::string value) {
    note(f, label);
    note(f, hint);
    return ButtonSpec{std::move(id), std::move(label), std::move(hint), style, std::move(value),
                      LabelFont::button};
}

MaybeIntent screen_title(ScreenFrame& f, const std::string& title, bool show_back) {
    note(f, title.empty() ? f.ui.tr("app.title") : title);
    return title_bar(f.ui, {title, f.view.language, show_back, false});
}

MaybeIntent menu_grid(ScreenFrame& f, const std::vector<core::MenuEntry>& entries, Rect area) {
    std::vector<ButtonSpec> buttons;
    for (const auto& entry : entries) {
        buttons.push_back(button(f, entry.widget, f.ui.tr(entry.title_key)));
        buttons.back().label_font = LabelFont::title;
    }
    const int columns = f.ui.layout.grid_columns(static_cast<int>(buttons.size()));
    return button_grid(f.ui, buttons, area, columns);
}

const std::string& pick(const core::ViewState& view, const std::string& zh, const std::string& en) {
    const bool english = view.language == "en";
    if (english) return en.empty() ? zh : en;
    return zh.empty() ? en : zh;
}

std::string tr(ScreenFrame& f, std::string_view key, std::initializer_list<TextArg> args) {
    return args.size() == 0 ? f.ui.tr(key) : f.ui.tr(key, args);
}

}  // namespace nanhai::kiosk::ui::screens
