// signed_in: the applicant's menu, greeting them by their masked name (never the full one:
// the screen may be seen by the next person in the queue).
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent signed_in_screen(ScreenFrame& f, const core::SignedInView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("signed_in.title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const std::string name = f.view.applicant ? f.view.applicant->masked_name : std::string{};
    float y = c.y + say(f, f.ui.title_font(), tr(f, "sign_in.hello", {{"name", name}}), p.text, c);
    if (v.services_unlocked > 0) {
        const std::string count = std::to_string(v.services_unlocked);
        y += say(f, f.ui.body_font(), tr(f, "signed_in.services_unlocked", {{"count", count}}),
                 p.muted_text, {c.x, y, c.w, c.h});
    }
    if (v.blacklisted)
        y += say(f, f.ui.body_font(), f.ui.tr("credit.listed"), p.error, {c.x, y, c.w, c.h});
    const float h = f.ui.theme.metrics.big_button;
    const Rect grid{c.x, y + gap, c.w, c.bottom() - h - 2 * gap - y};
    keep_first(intent, menu_grid(f, v.entries, grid));
    keep_first(intent, big_button(f.ui, button(f, "session.finish", f.ui.tr("session.finish"), {},
                                               ButtonStyle::secondary),
                                  {c.right() - c.w / 3, c.bottom() - h, c.w / 3, h}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
