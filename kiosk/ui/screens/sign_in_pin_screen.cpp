// sign_in.pin: the PIN of a certificate card, on the keypad, shown as dots. The digits live in
// the core (the view has only their count); OK sends them to the card, which answers by
// signing in, by "wrong PIN" with the tries left, or by a failure panel.
#include "kiosk/ui/screens/screens.hpp"

#include <algorithm>

#include "kiosk/ui/widgets/keypad.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent sign_in_pin_screen(ScreenFrame& f, const core::SignInPinView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("sign_in.pin.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const float pad_w = std::min(c.w, f.ui.theme.metrics.keypad_key * 3 * 2.2f);
    Rect text_box{c.x, c.y, f.ui.layout.portrait() ? c.w : c.w - pad_w - gap * 3, c.h};
    text_box.y += say(f, f.ui.title_font(), tr(f, "sign_in.pin.holder", {{"holder", v.holder}}), p.text, text_box) + gap;
    text_box.y += say(f, f.ui.body_font(), f.ui.tr("sign_in.pin.hint"), p.muted_text, text_box) + gap;
    if (v.rejected)
        text_box.y += say(f, f.ui.button_font(), f.ui.tr("sign_in.pin.wrong"), p.error_text, text_box) + gap;
    if (v.tries_left >= 0)
        text_box.y += say(f, f.ui.body_font(), tr(f, "sign_in.pin.tries", {{"n", std::to_string(v.tries_left)}}),
                          v.tries_left <= 1 ? p.error_text : p.text, text_box) + gap;
    if (v.checking) text_box.y += say(f, f.ui.body_font(), f.ui.tr("sign_in.pin.checking"), p.text, text_box) + gap;
    note(f, v.typed_length == 0 ? f.ui.tr("keypad.empty") : std::string(v.typed_length, '*'));
    const float h = keypad_height(f.ui);
    const Rect pad = f.ui.layout.portrait()
                         ? Rect{c.center_x() - pad_w / 2, std::max(text_box.y + gap, c.bottom() - h), pad_w, h}
                         : Rect{c.right() - pad_w, c.y, pad_w, h};
    // The keypad masks what it shows; its "entered" is only as long as the PIN, never the PIN.
    keep_first(intent, keypad(f.ui, {std::string(v.typed_length, '0'), false, v.complete && !v.checking, true, {}}, pad));
    if (!f.ui.layout.portrait()) {
        const float bh = f.ui.theme.metrics.big_button;
        const Rect cancel{c.x, c.bottom() - bh, std::min(text_box.w, c.w / 3), bh};
        keep_first(intent, big_button(f.ui, button(f, "sign_in.cancel", f.ui.tr("common.cancel"), {},
                                                   ButtonStyle::secondary), cancel));
    }
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
