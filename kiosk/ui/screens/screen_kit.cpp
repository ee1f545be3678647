// Shared screen helpers (see screen_kit.hpp).
#include "kiosk/ui/screens/screen_kit.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/widgets/keypad.hpp"
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
    // Inside a flow: back one step, home to the menu, and (signed in) finish from anywhere.
    return title_bar(f.ui, {title, f.view.language, show_back, show_back, show_back && f.view.applicant.has_value()});
}

MaybeIntent menu_grid(ScreenFrame& f, const std::vector<core::MenuEntry>& entries, Rect area) {
    std::vector<ButtonSpec> buttons;
    for (const auto& entry : entries) {
        buttons.push_back(button(f, entry.widget, f.ui.tr(entry.title_key)));
        buttons.back().label_font = LabelFont::title;
        if (!entry.available) {  // drawn, not pressable, with why
            buttons.back().style = ButtonStyle::disabled;
            buttons.back().hint = f.ui.tr(entry.unavailable_key);
            note(f, buttons.back().hint);
        }
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

std::string date_text(ScreenFrame& f, const std::string& iso_date, int weekday) {
    if (iso_date.size() != 10) return iso_date;
    const auto number = [&iso_date](std::size_t at, std::size_t n) {
        return std::to_string(std::stoi(iso_date.substr(at, n)));
    };
    std::string text = tr(f, "common.date", {{"year", iso_date.substr(0, 4)}, {"month", number(5, 2)}, {"day", number(8, 2)}});
    if (weekday >= 1 && weekday <= 7) text += " " + f.ui.tr("common.weekday." + std::to_string(weekday));
    return text;
}

std::string labelled(ScreenFrame& f, std::string_view label_key, const std::string& value) {
    return f.ui.tr(label_key) + f.ui.tr("common.colon") + value;
}

std::string detail_text(ScreenFrame& f, const core::DetailLine& line) {
    std::string value;
    const std::string& platform = pick(f.view, line.value_zh, line.value_en);
    if (!line.value_key.empty()) {
        // Arguments written "@key" are string-table keys themselves (weekday names).
        std::vector<std::string> translated;
        translated.reserve(line.args.size());
        for (const auto& [name, arg] : line.args)
            translated.push_back(arg.starts_with('@') ? f.ui.tr(std::string_view{arg}.substr(1)) : arg);
        std::vector<TextArg> args;
        for (std::size_t i = 0; i < line.args.size(); ++i) args.emplace_back(line.args[i].first, translated[i]);
        args.emplace_back("text", platform);
        value = f.ui.text.format(line.value_key, std::span<const TextArg>{args});
    } else {
        value = platform;
    }
    return line.label_key.empty() ? value : labelled(f, line.label_key, value);
}

std::vector<TextBlock> text_blocks(ScreenFrame& f, const std::vector<core::DetailSection>& sections) {
    std::vector<TextBlock> blocks;
    for (const auto& section : sections) {
        TextBlock block{f.ui.tr(section.title_key), {}};
        for (const auto& line : section.lines) block.lines.push_back(detail_text(f, line));
        blocks.push_back(std::move(block));
    }
    return blocks;
}

float say_lines(ScreenFrame& f, const std::vector<std::string>& lines, Rect box, ImFont* font) {
    const float top = box.y;
    for (const auto& line : lines) box.y += say(f, font ? font : f.ui.body_font(), line, f.ui.theme.palette.text, box);
    return box.y - top;
}

float bottom_row_height(const ScreenFrame& f) { return f.ui.theme.metrics.big_button * 0.8f; }

MaybeIntent bottom_row(ScreenFrame& f, const std::vector<ButtonSpec>& buttons) {
    if (buttons.empty()) return std::nullopt;
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = bottom_row_height(f);
    const auto n = static_cast<float>(buttons.size());
    const float w = std::min(c.w / 3, (c.w - (n - 1) * gap) / n);
    float x = c.right() - n * w - (n - 1) * gap;
    MaybeIntent intent;
    for (const auto& spec : buttons) {
        keep_first(intent, big_button(f.ui, spec, {x, c.bottom() - h, w, h}));
        x += w + gap;
    }
    return intent;
}

MaybeIntent list_screen(ScreenFrame& f, const ListScreen& spec) {
    MaybeIntent intent = screen_title(f, spec.title, true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y;
    for (std::size_t i = 0; i < spec.intro.size(); ++i) {
        ImFont* font = i == 0 ? f.ui.button_font() : f.ui.body_font();
        y += say(f, font, spec.intro[i], i == 0 ? p.text : p.muted_text, {c.x, y, c.w, c.h});
    }
    y += gap;
    const float bottom = spec.buttons.empty() ? c.bottom() : c.bottom() - bottom_row_height(f) - gap;
    if (spec.list.rows.empty()) {
        say(f, f.ui.button_font(), spec.empty_text, p.muted_text, {c.x, y + gap, c.w, bottom - y});
    } else {
        RowListView list = spec.list;
        if (!f.ui.layout.portrait() && list.columns == 1) list.columns = 2;  // wide rows are hard to scan
        keep_first(intent, row_list(f.ui, list, {c.x, y, c.w, bottom - y}, &f.texts));
    }
    keep_first(intent, bottom_row(f, spec.buttons));
    return intent;
}

KeypadLayout keypad_layout(ScreenFrame& f) {
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float pad_w = std::min(c.w, f.ui.theme.metrics.keypad_key * 3 * 2.2f);
    const float pad_h = keypad_height(f.ui);
    if (f.ui.layout.portrait())
        return {{c.x, c.y, c.w, c.h - pad_h - gap}, {c.center_x() - pad_w / 2, c.bottom() - pad_h, pad_w, pad_h}};
    return {{c.x, c.y, c.w - pad_w - gap * 3, c.h}, {c.right() - pad_w, c.y, pad_w, pad_h}};
}

MaybeIntent detail_pages(ScreenFrame& f, const std::string& id, const std::vector<core::DetailSection>& sections,
                         int page, Rect area) {
    return text_pages(f.ui, id, text_blocks(f, sections), page, area, f.texts);
}

}  // namespace nanhai::kiosk::ui::screens
