// Appointment rows and lines (see appointment_rows.hpp).
#include "kiosk/ui/screens/appointment_rows.hpp"

namespace nanhai::kiosk::ui::screens {

Row appointment_row(ScreenFrame& f, const core::AppointmentSummary& a) {
    const std::string when = date_text(f, a.date, a.weekday) + " " + a.start + "–" + a.end;
    const std::string status = f.ui.tr("appointment.status." + a.status);
    return Row{a.code, pick(f.view, a.item_zh, a.item_en),
               when + "  " + pick(f.view, a.hall_zh, a.hall_en) + "  " + status};
}

Row item_row(ScreenFrame& f, const core::ItemChoice& item) {
    std::string detail = pick(f.view, item.department_zh, item.department_en);
    if (item.appointment_required) detail += "  " + f.ui.tr("booking.items.appointment");
    return Row{item.code, pick(f.view, item.name_zh, item.name_en), detail};
}

std::vector<std::string> appointment_lines(ScreenFrame& f, const core::AppointmentSummary& a) {
    std::vector<std::string> lines{
        labelled(f, "appointment.code", a.code),
        labelled(f, "appointment.item", pick(f.view, a.item_zh, a.item_en)),
        labelled(f, "appointment.hall", pick(f.view, a.hall_zh, a.hall_en)),
        labelled(f, "appointment.time", date_text(f, a.date, a.weekday) + " " + a.start + "–" + a.end),
        labelled(f, "appointment.status", f.ui.tr("appointment.status." + a.status)),
    };
    if (a.status == "booked") {
        lines.push_back(labelled(f, "appointment.check_in_from", a.check_in_from));
        lines.push_back(labelled(f, "appointment.cancel_until", a.cancel_until));
    }
    if (a.ticket) lines.push_back(labelled(f, "appointment.ticket", *a.ticket));
    return lines;
}

}  // namespace nanhai::kiosk::ui::screens
