// evaluate: five big level buttons (very satisfied first), and for the two unsatisfied levels
// the reasons as toggles, one at least; evaluate.done: thanks, with the level given.
#include <algorithm>

#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent evaluation_screen(ScreenFrame& f, const core::EvaluationView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("evaluate.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = f.ui.theme.metrics.big_button;
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.body_font(), labelled(f, "appointment.item", pick(f.view, v.item_zh, v.item_en)) + "    " +
                                                 labelled(f, "case.label.code", v.case_code),
                        p.muted_text, c) + gap;
    if (v.existing) {
        const std::string level = pick(f.view, v.existing->level_zh, v.existing->level_en);
        say(f, f.ui.title_font(), tr(f, "evaluate.existing", {{"level", level}, {"time", v.existing->at}}), p.text,
            {c.x, y, c.w, c.h});
        return intent;
    }
    y += say(f, f.ui.title_font(), f.ui.tr("evaluate.intro"), p.text, {c.x, y, c.w, c.h}) + gap;
    std::vector<ButtonSpec> levels;
    for (int level = 1; level <= 5; ++level) {
        const std::string n = std::to_string(level);
        const auto style = v.level == level ? ButtonStyle::selected : ButtonStyle::secondary;
        levels.push_back(button(f, "evaluate.level." + n, f.ui.tr("evaluate.level." + n), {}, style, n));
    }
    const int columns = f.ui.layout.portrait() ? 1 : 5;
    const float levels_h = f.ui.layout.portrait() ? 5 * f.ui.theme.metrics.min_target + 4 * gap : h;
    keep_first(intent, button_grid(f.ui, levels, {c.x, y, c.w, levels_h}, columns,
                                   f.ui.layout.portrait() ? f.ui.theme.metrics.min_target : h));
    y += levels_h + gap * 2;
    if (v.reasons_needed) {
        y += say(f, f.ui.button_font(), f.ui.tr("evaluate.reasons"), p.text, {c.x, y, c.w, c.h}) + gap;
        std::vector<ButtonSpec> reasons;
        for (const auto& id : v.reasons) {
            const bool on = std::find(v.selected.begin(), v.selected.end(), id) != v.selected.end();
            reasons.push_back(button(f, "evaluate.reason." + id, f.ui.tr("evaluate.reason." + id), {},
                                     on ? ButtonStyle::selected : ButtonStyle::secondary, id));
        }
        const int cols = f.ui.layout.portrait() ? 2 : 3;
        const int rows = Layout::grid_rows(static_cast<int>(reasons.size()), cols);
        const float row_h = f.ui.theme.metrics.min_target * 1.2f;
        keep_first(intent, button_grid(f.ui, reasons, {c.x, y, c.w, static_cast<float>(rows) * row_h + static_cast<float>(rows - 1) * gap}, cols, row_h));
    }
    keep_first(intent, bottom_row(f, {button(f, "evaluate.submit", f.ui.tr("evaluate.submit"), {},
                                             v.can_submit ? ButtonStyle::primary : ButtonStyle::disabled)}));
    return intent;
}

MaybeIntent evaluation_done_screen(ScreenFrame& f, const core::EvaluationDoneView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("evaluate.done.title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const float y = c.y + say(f, f.ui.title_font(), f.ui.tr("evaluate.done.thanks"), p.text, c) + gap;
    say(f, f.ui.button_font(), tr(f, "evaluate.done.text", {{"level", pick(f.view, v.level_zh, v.level_en)}}), p.text,
        {c.x, y, c.w, c.h});
    keep_first(intent, bottom_row(f, {button(f, "evaluate.done", f.ui.tr("common.done"))}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
