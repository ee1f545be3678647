// blacklist.appeal: choose a preset reason (typing a long statement on a kiosk is hard for
// most citizens), see the statement that will be sent, submit or cancel.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent blacklist_appeal_screen(ScreenFrame& f, const core::BlacklistAppealView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("appeal.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = f.ui.theme.metrics.big_button;
    const Palette& p = f.ui.theme.palette;
    float y = c.y;
    y += say(f, f.ui.body_font(),
             tr(f, "credit.reason", {{"reason", pick(f.view, v.entry.reason_zh, v.entry.reason_en)}}),
             p.muted_text, c) + gap;
    y += say(f, f.ui.button_font(), f.ui.tr("appeal.choose_reason"), p.text, {c.x, y, c.w, c.h}) + gap;
    std::vector<ButtonSpec> presets;
    for (const auto& preset : v.presets) {
        const auto style = preset.id == v.selected_preset ? ButtonStyle::selected : ButtonStyle::secondary;
        presets.push_back(button(f, "appeal.preset." + preset.id, f.ui.tr(preset.title_key), {}, style, preset.id));
    }
    const Rect grid{c.x, y, c.w, h};
    keep_first(intent, button_grid(f.ui, presets, grid, std::max(1, static_cast<int>(presets.size()))));
    y += h + gap;
    y += say(f, f.ui.body_font(), f.ui.tr("appeal.statement_label"), p.muted_text, {c.x, y, c.w, c.h});
    say(f, f.ui.body_font(), v.statement, p.text, {c.x, y, c.w, c.bottom() - h - gap - y});
    const float w = c.w / 3;
    keep_first(intent, big_button(f.ui, button(f, "appeal.cancel", f.ui.tr("common.cancel"), {},
                                               ButtonStyle::secondary),
                                  {c.x, c.bottom() - h, w, h}));
    const auto submit_style = v.can_submit ? ButtonStyle::primary : ButtonStyle::disabled;
    keep_first(intent, big_button(f.ui, button(f, "appeal.submit", f.ui.tr("appeal.submit"), {}, submit_style),
                                  {c.right() - w, c.bottom() - h, w, h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
