// The booking steps: appointments.items -> .halls -> .days -> .slots -> .confirm -> .booked.
// Each step says where the citizen is ("step 2 of 4") and what was chosen so far.
#include "kiosk/ui/screens/appointment_rows.hpp"
#include "kiosk/ui/screens/qr_block.hpp"
#include "kiosk/ui/screens/screens.hpp"

#include <imgui.h>

#include "kiosk/ui/imgui_colors.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

std::string chosen(ScreenFrame& f, const std::string& item_zh, const std::string& item_en,
                   const std::string& hall_zh = {}, const std::string& hall_en = {}) {
    std::string text = labelled(f, "appointment.item", pick(f.view, item_zh, item_en));
    if (!hall_zh.empty() || !hall_en.empty())
        text += "    " + labelled(f, "appointment.hall", pick(f.view, hall_zh, hall_en));
    return text;
}

}  // namespace

MaybeIntent booking_items_screen(ScreenFrame& f, const core::BookingItemsView& v) {
    ListScreen s;
    s.title = f.ui.tr("booking.items.title");
    s.intro = {f.ui.tr("booking.items.intro")};
    s.list = {"appointments.items", {}, v.page};
    for (const auto& item : v.items) s.list.rows.push_back(item_row(f, item));
    s.empty_text = f.ui.tr("booking.items.empty");
    return list_screen(f, s);
}

MaybeIntent booking_halls_screen(ScreenFrame& f, const core::BookingHallsView& v) {
    ListScreen s;
    s.title = f.ui.tr("booking.halls.title");
    s.intro = {f.ui.tr("booking.halls.intro"), chosen(f, v.item_zh, v.item_en)};
    s.list = {"appointments.halls", {}, v.page};
    for (const auto& hall : v.halls)
        s.list.rows.push_back({hall.code, pick(f.view, hall.name_zh, hall.name_en),
                               hall.this_hall ? f.ui.tr("booking.halls.here") : std::string{}});
    s.empty_text = f.ui.tr("booking.halls.empty");
    return list_screen(f, s);
}

MaybeIntent booking_days_screen(ScreenFrame& f, const core::BookingDaysView& v) {
    ListScreen s;
    s.title = f.ui.tr("booking.days.title");
    s.intro = {f.ui.tr("booking.days.intro"), chosen(f, v.item_zh, v.item_en, v.hall_zh, v.hall_en)};
    s.list = {"appointments.days", {}, v.page};
    for (const auto& day : v.days)
        s.list.rows.push_back({day.date, date_text(f, day.date, day.weekday),
                               tr(f, "booking.places_left", {{"count", std::to_string(day.places_left)}})});
    s.empty_text = f.ui.tr("booking.days.empty");
    return list_screen(f, s);
}

MaybeIntent booking_slots_screen(ScreenFrame& f, const core::BookingSlotsView& v) {
    ListScreen s;
    s.title = f.ui.tr("booking.slots.title");
    s.intro = {tr(f, "booking.slots.intro", {{"date", date_text(f, v.date, v.weekday)}}),
               chosen(f, v.item_zh, v.item_en, v.hall_zh, v.hall_en)};
    s.list = {"appointments.slots", {}, v.page};
    for (const auto& slot : v.slots) {
        const std::string detail = slot.bookable ? tr(f, "booking.places_left", {{"count", std::to_string(slot.places_left)}})
                                                 : f.ui.tr("booking.slots.full");
        Row row{slot.start, slot.start + "–" + slot.end, detail};
        row.enabled = slot.bookable;
        s.list.rows.push_back(std::move(row));
    }
    s.empty_text = f.ui.tr("booking.slots.empty");
    return list_screen(f, s);
}

MaybeIntent booking_confirm_screen(ScreenFrame& f, const core::BookingConfirmView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("booking.confirm.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.title_font(), f.ui.tr("booking.confirm.intro"), p.text, c) + gap;
    y += say_lines(f,
                   {labelled(f, "appointment.item", pick(f.view, v.item_zh, v.item_en)),
                    labelled(f, "appointment.hall", pick(f.view, v.hall_zh, v.hall_en)),
                    labelled(f, "appointment.time", date_text(f, v.date, v.weekday) + " " + v.start + "–" + v.end)},
                   {c.x, y, c.w, c.h}, f.ui.button_font()) + gap * 2;
    // The no-show rule in the banner colours: the one thing to read before confirming.
    const std::string rule = pick(f.view, v.no_show_rule_zh, v.no_show_rule_en);
    const float pad = f.ui.theme.metrics.padding;
    const float rule_h = text_height(f.ui.button_font(), rule, c.w - 2 * pad) +
                         text_height(f.ui.button_font(), f.ui.tr("booking.confirm.rule_title"), c.w) + 3 * pad;
    ImGui::GetWindowDrawList()->AddRectFilled({c.x, y}, {c.right(), y + rule_h}, to_u32(p.banner), f.ui.theme.metrics.rounding);
    float ry = y + pad;
    ry += say(f, f.ui.button_font(), f.ui.tr("booking.confirm.rule_title"), p.banner_text, {c.x + pad, ry, c.w - 2 * pad, c.h});
    say(f, f.ui.button_font(), rule, p.banner_text, {c.x + pad, ry + pad / 2, c.w - 2 * pad, c.h});
    keep_first(intent, bottom_row(f, {button(f, "appointments.confirm", f.ui.tr("appointments.confirm"))}));
    return intent;
}

MaybeIntent booking_done_screen(ScreenFrame& f, const core::BookingDoneView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("booking.done.title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const float side = f.ui.layout.portrait() ? 340.0f : 320.0f;
    const float text_w = f.ui.layout.portrait() ? c.w : c.w - side * 1.5f - gap;
    float y = c.y + say(f, f.ui.title_font(), f.ui.tr("booking.done.intro"), p.text, {c.x, c.y, text_w, c.h}) + gap;
    y += say_lines(f, appointment_lines(f, v.appointment), {c.x, y, text_w, c.h}, f.ui.button_font()) + gap;
    y += say(f, f.ui.body_font(), pick(f.view, v.no_show_rule_zh, v.no_show_rule_en), p.muted_text, {c.x, y, text_w, c.h});
    const float qx = f.ui.layout.portrait() ? c.center_x() - side / 2 : c.right() - side * 1.25f;
    const float qy = f.ui.layout.portrait() ? y + gap : c.y;
    qr_block(f, v.qr_payload, f.ui.tr("appointments.qr_hint"), qx, qy, side);
    keep_first(intent, bottom_row(f, {button(f, "appointments.print", f.ui.tr("appointments.print"), {}, ButtonStyle::secondary),
                                      button(f, "appointments.done", f.ui.tr("common.done"))}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
