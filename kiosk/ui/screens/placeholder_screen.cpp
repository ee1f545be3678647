// appointments, check_in, consult, guides: placeholders until their flows arrive; they say so
// and send the citizen to a counter instead of showing an empty page.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent placeholder_screen(ScreenFrame& f, const core::PlaceholderView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr(v.title_key), true);
    const Rect c = f.ui.layout.content();
    say(f, f.ui.title_font(), f.ui.tr("placeholder.coming"), f.ui.theme.palette.text, c, Align::center);
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
