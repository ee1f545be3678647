// sign_in: how to sign in (ID card, mobile identity QR, enterprise card). The sign-in itself
// comes from a device (card placed, code scanned); the only widget is sign_in.cancel.
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

std::string method_key(const std::string& method) {
    if (method == "mobile_qr") return "sign_in.mobile_qr";
    if (method == "enterprise_cert") return "sign_in.enterprise";
    return "sign_in.id_card";
}

}  // namespace

MaybeIntent sign_in_screen(ScreenFrame& f, const core::SignInView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("sign_in.title"), true);
    Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    c.y += say(f, f.ui.title_font(), f.ui.tr("sign_in.choose"), p.text, c) + gap;
    for (const auto& method : v.methods) {
        const std::string key = method_key(method);
        c.y += say(f, f.ui.button_font(), f.ui.tr(key), p.text, c);
        c.y += say(f, f.ui.body_font(), f.ui.tr(key + ".hint"), p.muted_text, c) + gap;
    }
    const float h = f.ui.theme.metrics.big_button;
    const Rect cancel{c.x, f.ui.layout.content().bottom() - h, c.w / 3, h};
    keep_first(intent, big_button(f.ui, button(f, "sign_in.cancel", f.ui.tr("common.cancel"), {},
                                               ButtonStyle::secondary), cancel));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
