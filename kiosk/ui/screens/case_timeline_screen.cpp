// case.timeline: one case's public fields and stage timestamps; the owner's own session also
// gets the event list. Stage names come from the string table (case.stage.<stage>).
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

// "2026-11-30T09:12:00+08:00" -> "2026-11-30 09:12": a citizen reads minutes, not offsets.
std::string short_time(const std::string& iso) {
    if (iso.size() < 16) return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

std::vector<std::string> summary_lines(ScreenFrame& f, const core::CaseTimelineView& v) {
    const auto& view = f.view;
    return {tr(f, "case.code", {{"code", v.code}}),
            tr(f, "case.item", {{"item", pick(view, v.item_zh, v.item_en)}}),
            tr(f, "case.department", {{"department", pick(view, v.department_zh, v.department_en)}}),
            tr(f, "case.current_stage", {{"stage", pick(view, v.stage_zh, v.stage_en)}}),
            tr(f, "case.status", {{"status", pick(view, v.status_zh, v.status_en)}}),
            tr(f, "case.filed", {{"date", v.filed_date}})};
}

}  // namespace

MaybeIntent case_timeline_screen(ScreenFrame& f, const core::CaseTimelineView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("case.timeline_title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = f.ui.theme.metrics.big_button;
    const Palette& p = f.ui.theme.palette;
    const float half = f.ui.layout.portrait() ? c.w : (c.w - gap) / 2;
    float y = c.y;
    for (const auto& line : summary_lines(f, v))
        y += say(f, f.ui.body_font(), line, p.text, {c.x, y, half, c.h});
    if (v.restricted) say(f, f.ui.body_font(), f.ui.tr("case.restricted"), p.muted_text, {c.x, y + gap, half, c.h});
    // The stages: beside the summary in landscape, under it in portrait.
    Rect stages = f.ui.layout.portrait() ? Rect{c.x, y + 3 * gap, c.w, c.h} : Rect{c.x + half + gap, c.y, half, c.h};
    stages.y += say(f, f.ui.button_font(), f.ui.tr("case.progress"), p.text, stages);
    for (const auto& stage : v.stages) {
        const std::string line = f.ui.tr("case.stage." + stage.stage) + "  " + short_time(stage.at);
        stages.y += say(f, f.ui.body_font(), line, p.text, stages);
    }
    keep_first(intent, big_button(f.ui, button(f, "case.another", f.ui.tr("case.another")),
                                  {c.right() - c.w / 3, c.bottom() - h, c.w / 3, h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
