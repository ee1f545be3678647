// blacklist.appeal_filed: the appeal's reference number, so that the citizen can ask about it
// at a counter; appeal.done goes back to the (reloaded) notice.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent appeal_filed_screen(ScreenFrame& f, const core::AppealFiledView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("appeal.filed_title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float h = f.ui.theme.metrics.big_button;
    const Palette& p = f.ui.theme.palette;
    const std::string number = std::to_string(v.appeal_id);
    float y = c.y + say(f, f.ui.title_font(), tr(f, "credit.appeal_submitted", {{"number", number}}), p.text, c);
    y += gap;
    y += say(f, f.ui.body_font(), f.ui.tr("credit.appeal_pending"), p.muted_text, {c.x, y, c.w, c.h});
    say(f, f.ui.body_font(), tr(f, "credit.appeal_hint", {{"days", "15"}}), p.muted_text, {c.x, y + gap, c.w, c.h});
    keep_first(intent, big_button(f.ui, button(f, "appeal.done", f.ui.tr("common.ok")),
                                  {c.right() - c.w / 3, c.bottom() - h, c.w / 3, h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
