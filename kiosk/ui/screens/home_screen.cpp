// home: the anonymous menu. Placing a card or showing an identity QR here signs in directly
// (the core handles the device event), so the screen only offers the menu.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent home_screen(ScreenFrame& f, const core::HomeView& v) {
    MaybeIntent intent = screen_title(f, {}, false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const float welcome_h = say(f, f.ui.title_font(), f.ui.tr("home.welcome"), p.text, c);
    const std::string hint = f.ui.tr("common.ask_staff_hint");
    const float hint_h = text_height(f.ui.body_font(), hint, c.w);
    say(f, f.ui.body_font(), hint, p.muted_text, {c.x, c.bottom() - hint_h, c.w, hint_h});
    const Rect grid{c.x, c.y + welcome_h + gap, c.w, c.h - welcome_h - hint_h - 2 * gap};
    keep_first(intent, menu_grid(f, v.entries, grid));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
