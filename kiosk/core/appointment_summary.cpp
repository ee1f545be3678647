// Appointment summaries (see appointment_summary.hpp).
#include "kiosk/core/appointment_summary.hpp"

namespace nanhai::kiosk::core {

AppointmentSummary summary_of(const Appointment& a, CoreTime now) {
    AppointmentSummary s;
    s.code = a.code;
    s.status = a.status;
    s.item_zh = a.item.name_zh;
    s.item_en = a.item.name_en;
    s.hall_zh = a.hall.name_zh;
    s.hall_en = a.hall.name_en;
    s.date = format_iso_date(a.date);
    s.weekday = static_cast<int>(iso_weekday(a.date));
    s.start = a.start;
    s.end = a.end;
    s.cancel_until = format_local_minute(a.cancel_until);
    s.check_in_from = format_local_minute(a.check_in_from);
    s.ticket = a.ticket;
    s.can_cancel = a.status == "booked" && now < a.cancel_until;
    return s;
}

}  // namespace nanhai::kiosk::core
