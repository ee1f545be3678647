// case.timeline: one case's public fields and stage timestamps; for its owner also every
// detail (problems to fix, next step, receipt, decision, delivery and courier status), paged.
// Buttons: print the status or the acceptance receipt, evaluate, confirm a pickup, another case.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

std::vector<std::string> summary_lines(ScreenFrame& f, const core::CaseTimelineView& v) {
    const auto& view = f.view;
    return {tr(f, "case.code", {{"code", v.code}}),
            tr(f, "case.item", {{"item", pick(view, v.item_zh, v.item_en)}}),
            tr(f, "case.department", {{"department", pick(view, v.department_zh, v.department_en)}}),
            tr(f, "case.current_stage", {{"stage", pick(view, v.stage_zh, v.stage_en)}}),
            tr(f, "case.status", {{"status", pick(view, v.status_zh, v.status_en)}}),
            tr(f, "case.filed", {{"date", v.filed_date}})};
}

std::vector<ButtonSpec> actions(ScreenFrame& f, const core::CaseTimelineView& v) {
    std::vector<ButtonSpec> buttons{button(f, "case.another", f.ui.tr("case.another"), {}, ButtonStyle::secondary),
                                    button(f, "case.print", f.ui.tr("case.print"), {}, ButtonStyle::secondary)};
    if (v.has_receipt) buttons.push_back(button(f, "case.print_receipt", f.ui.tr("case.print_receipt"), {}, ButtonStyle::secondary));
    if (v.can_pick_up) buttons.push_back(button(f, "case.pickup", f.ui.tr("case.pickup")));
    if (v.can_evaluate) buttons.push_back(button(f, "case.evaluate", f.ui.tr("case.evaluate")));
    return buttons;
}

}  // namespace

MaybeIntent case_timeline_screen(ScreenFrame& f, const core::CaseTimelineView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("case.timeline_title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const bool portrait = f.ui.layout.portrait();
    const float bottom = c.bottom() - bottom_row_height(f) - gap;
    const float half = portrait ? c.w : (c.w - 2 * gap) / 2;
    float y = c.y;
    for (const auto& line : summary_lines(f, v)) y += say(f, f.ui.body_font(), line, p.text, {c.x, y, half, c.h});
    if (v.restricted) y += say(f, f.ui.body_font(), f.ui.tr("case.restricted"), p.muted_text, {c.x, y + gap, half, c.h}) + gap;
    y += gap;
    y += say(f, f.ui.button_font(), f.ui.tr("case.progress"), p.text, {c.x, y, half, c.h});
    for (const auto& stage : v.stages)
        y += say(f, f.ui.body_font(), f.ui.tr("case.stage." + stage.stage) + "  " + stage.at, p.text,
                 {c.x, y, half, c.h});
    // The owner's details: beside the summary in landscape, under it in portrait.
    if (!v.details.empty()) {
        const Rect area = portrait ? Rect{c.x, y + gap, c.w, bottom - y - gap}
                                   : Rect{c.x + half + 2 * gap, c.y, half, bottom - c.y};
        keep_first(intent, detail_pages(f, "case.details", v.details, v.details_page, area));
    }
    keep_first(intent, bottom_row(f, actions(f, v)));
    return intent;
}

MaybeIntent my_cases_screen(ScreenFrame& f, const core::MyCasesView& v) {
    ListScreen s;
    s.title = f.ui.tr("cases.mine.title");
    s.intro = {f.ui.tr("cases.mine.intro")};
    s.list = {"cases.list", {}, v.page};
    for (const auto& c : v.cases)
        s.list.rows.push_back({c.code, pick(f.view, c.item_zh, c.item_en),
                               c.code + "  " + pick(f.view, c.stage_zh, c.stage_en) + " · " + pick(f.view, c.status_zh, c.status_en)});
    s.empty_text = f.ui.tr("cases.mine.empty");
    return list_screen(f, s);
}

}  // namespace nanhai::kiosk::ui::screens
