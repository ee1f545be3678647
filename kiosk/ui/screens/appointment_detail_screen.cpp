// appointments.detail: one appointment with its slip's QR; reprint, or cancel (asked twice:
// a cancelled place goes to someone else).
#include "kiosk/ui/screens/appointment_rows.hpp"
#include "kiosk/ui/screens/qr_block.hpp"
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent appointment_detail_screen(ScreenFrame& f, const core::AppointmentDetailView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("appointment_detail.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const float side = f.ui.layout.portrait() ? 320.0f : 300.0f;
    const bool with_qr = v.appointment.status == "booked";
    const float text_w = f.ui.layout.portrait() || !with_qr ? c.w : c.w - side * 1.5f - gap;
    float y = c.y + say_lines(f, appointment_lines(f, v.appointment), {c.x, c.y, text_w, c.h}, f.ui.button_font());
    if (v.just_cancelled) y += gap + say(f, f.ui.button_font(), f.ui.tr("appointments.cancelled_notice"), p.text, {c.x, y + gap, text_w, c.h});
    if (with_qr) {
        const float qx = f.ui.layout.portrait() ? c.center_x() - side / 2 : c.right() - side * 1.25f;
        const float qy = f.ui.layout.portrait() ? y + gap : c.y;
        qr_block(f, v.qr_payload, f.ui.tr("appointments.qr_hint"), qx, qy, side);
    }
    if (v.confirming_cancel) {
        say(f, f.ui.button_font(), f.ui.tr("appointments.cancel_question"), p.error_accent,
            {c.x, c.bottom() - bottom_row_height(f) * 2 - gap, c.w, c.h});
        keep_first(intent, bottom_row(f, {button(f, "appointments.cancel.no", f.ui.tr("appointments.cancel.no"), {},
                                                 ButtonStyle::secondary),
                                          button(f, "appointments.cancel.yes", f.ui.tr("appointments.cancel.yes"))}));
        return intent;
    }
    std::vector<ButtonSpec> buttons;
    if (v.appointment.can_cancel)
        buttons.push_back(button(f, "appointments.cancel", f.ui.tr("appointments.cancel"), {}, ButtonStyle::secondary));
    if (with_qr) buttons.push_back(button(f, "appointments.print", f.ui.tr("appointments.print")));
    keep_first(intent, bottom_row(f, buttons));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
