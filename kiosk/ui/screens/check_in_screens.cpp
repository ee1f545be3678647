// check_in: scan the slip or type its number (the keypad shows "YY" before the digits), or
// sign in to pick one of today's bookings; check_in.ticket: the queue number, large.
#include <algorithm>

#include "kiosk/ui/screens/appointment_rows.hpp"
#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/widgets/keypad.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent check_in_screen(ScreenFrame& f, const core::CheckInView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("check_in.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const auto [text, pad] = keypad_layout(f);
    Rect left = text;
    left.y += say(f, f.ui.title_font(), f.ui.tr("check_in.intro"), p.text, left) + gap;
    left.y += say(f, f.ui.body_font(), f.ui.tr("check_in.code_hint"), p.muted_text, left) + gap;
    const float list_bottom = text.bottom();
    if (v.signed_in) {
        left.y += say(f, f.ui.button_font(), f.ui.tr(v.today.empty() ? "check_in.none_today" : "check_in.today"), p.text, left) + gap;
        RowListView list{"check_in.list", {}, v.page};
        for (const auto& a : v.today) list.rows.push_back(appointment_row(f, a));
        if (!list.rows.empty())
            keep_first(intent, row_list(f.ui, list, {left.x, left.y, left.w, list_bottom - left.y}, &f.texts));
    } else {
        keep_first(intent, big_button(f.ui, button(f, "check_in.sign_in", f.ui.tr("check_in.sign_in"),
                                                   f.ui.tr("check_in.sign_in.hint"), ButtonStyle::secondary),
                                      {left.x, left.y, std::min(left.w, c.w / 2), f.ui.theme.metrics.big_button}));
    }
    const std::string shown = "YY " + group_digits(v.typed);
    note(f, v.typed.empty() ? f.ui.tr("keypad.empty") : shown);
    keep_first(intent, keypad(f.ui, {v.typed, false, v.complete, false, "YY"}, pad));
    return intent;
}

MaybeIntent queue_ticket_screen(ScreenFrame& f, const core::QueueTicketView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("ticket.title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.title_font(), f.ui.tr("ticket.your_number"), p.text, c, Align::center) + gap;
    // The number as large as the display font goes: read from a step away.
    y += say(f, f.ui.display_font(), v.ticket, p.title_bar, {c.x, y, c.w, c.h}, Align::center) + gap;
    y += say(f, f.ui.title_font(), tr(f, "ticket.waiting", {{"count", std::to_string(v.waiting_ahead)}}), p.text,
             {c.x, y, c.w, c.h}, Align::center) + gap * 2;
    y += say_lines(f,
                   {labelled(f, "appointment.item", pick(f.view, v.item_zh, v.item_en)),
                    labelled(f, "appointment.hall", pick(f.view, v.hall_zh, v.hall_en)),
                    labelled(f, "appointment.code", v.appointment_code),
                    labelled(f, "appointment.time", date_text(f, v.date) + " " + v.start + "–" + v.end)},
                   {c.x + c.w / 6, y, c.w * 2 / 3, c.h}, f.ui.button_font()) + gap;
    say(f, f.ui.body_font(), f.ui.tr("ticket.hint"), p.muted_text, {c.x + c.w / 6, y, c.w * 2 / 3, c.h});
    keep_first(intent, bottom_row(f, {button(f, "check_in.print", f.ui.tr("check_in.print"), {}, ButtonStyle::secondary),
                                      button(f, "check_in.done", f.ui.tr("common.done"))}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
