// case_query: the approval-code keypad. The typed code lives in the core (the keypad widget
// keeps no state); OK is enabled once the core says the code is complete.
#include "kiosk/ui/screens/screens.hpp"

#include <algorithm>

#include "kiosk/ui/widgets/keypad.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent case_query_screen(ScreenFrame& f, const core::CaseQueryView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("case.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    // Wide enough for a whole grouped 21-character code on the keypad's display line: the
    // widget wraps a longer entry onto the keys below it.
    const float code_w = text_width(f.ui.display_font(), group_digits(std::string(v.length, '0')));
    const float pad_w = std::min(c.w, std::max(f.ui.theme.metrics.keypad_key * 3 * 2.2f,
                                               code_w + f.ui.theme.metrics.padding * 4));
    Rect text_box{c.x, c.y, f.ui.layout.portrait() ? c.w : c.w - pad_w - gap * 3, c.h};
    text_box.y += say(f, f.ui.title_font(), f.ui.tr("case.enter_code"), p.text, text_box) + gap;
    text_box.y += say(f, f.ui.body_font(), f.ui.tr("case.code_hint"), p.muted_text, text_box) + gap;
    if (v.signed_in && !f.ui.layout.portrait())
        keep_first(intent, big_button(f.ui, button(f, "case.mine", f.ui.tr("case.mine"), f.ui.tr("case.mine.hint"),
                                                   ButtonStyle::secondary),
                                      {text_box.x, text_box.y, std::min(text_box.w, c.w / 3), f.ui.theme.metrics.big_button}));
    note(f, v.typed.empty() ? f.ui.tr("keypad.empty") : group_digits(v.typed));
    const float h = keypad_height(f.ui);
    const Rect pad = f.ui.layout.portrait()
                         ? Rect{c.center_x() - pad_w / 2, std::max(text_box.y + gap, c.bottom() - h), pad_w, h}
                         : Rect{c.right() - pad_w, c.y, pad_w, h};
    keep_first(intent, keypad(f.ui, {v.typed, true, v.complete, false, {}}, pad));
    if (v.signed_in && f.ui.layout.portrait())
        keep_first(intent, big_button(f.ui, button(f, "case.mine", f.ui.tr("case.mine"), {}, ButtonStyle::secondary),
                                      {c.x, text_box.y, c.w, f.ui.theme.metrics.min_target}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
