// blacklist.notice: why the applicant is on the restricted list, until when they may appeal and
// what is blocked; one appeal button per entry that can still be appealed.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

// The lines describing one entry, already translated.
std::vector<std::string> entry_lines(ScreenFrame& f, const core::BlacklistEntryView& e) {
    std::vector<std::string> lines;
    lines.push_back(tr(f, "credit.reason", {{"reason", pick(f.view, e.reason_zh, e.reason_en)}}));
    if (e.record_count) {
        const std::string count = std::to_string(*e.record_count);
        lines.push_back(tr(f, "credit.record_count", {{"count", count}}));
    }
    lines.push_back(tr(f, "credit.notice_date", {{"date", e.notice_date}}));
    if (e.can_appeal && e.appeal_working_days_left) {
        const std::string days = std::to_string(*e.appeal_working_days_left);
        lines.push_back(tr(f, "credit.deadline", {{"date", e.appeal_deadline}, {"days", days}}));
    }
    std::string blocked;
    for (const auto& what : e.blocked) blocked += (blocked.empty() ? "" : "    ") + f.ui.tr("credit.blocked." + what);
    if (!blocked.empty()) lines.push_back(blocked);
    if (e.appeal_status) {
        const std::string status = f.ui.tr("appeal.status." + *e.appeal_status);
        lines.push_back(tr(f, "appeal.latest", {{"status", status}}));
    }
    return lines;
}

}  // namespace

MaybeIntent blacklist_notice_screen(ScreenFrame& f, const core::BlacklistNoticeView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("credit.notice_title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = f.ui.theme.metrics.big_button;
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.button_font(), f.ui.tr("credit.listed"), p.text, c) + gap;
    for (const auto& entry : v.entries) {
        const float button_w = c.w / 4;
        const Rect text_box{c.x, y, c.w - button_w - gap, c.h};
        const float top = y;
        for (const auto& line : entry_lines(f, entry))
            y += say(f, f.ui.body_font(), line, p.text, {text_box.x, y, text_box.w, c.h});
        if (entry.can_appeal) {
            const std::string id = std::to_string(entry.id);
            keep_first(intent, big_button(f.ui, button(f, "blacklist.appeal." + id, f.ui.tr("credit.appeal"),
                                                       {}, ButtonStyle::primary, id),
                                          {c.right() - button_w, top, button_w, h}));
            y = std::max(y, top + h);
        }
        y += gap;
    }
    say(f, f.ui.body_font(), tr(f, "credit.appeal_hint", {{"days", "15"}}), p.muted_text,
        {c.x, y, c.w, c.h});
    keep_first(intent, big_button(f.ui, button(f, "blacklist.continue", f.ui.tr("common.next")),
                                  {c.right() - c.w / 3, c.bottom() - h, c.w / 3, h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
