// Appointment summaries (see appointment_summary.hpp).
#include "kiosk/core/appointment_summary.hpp"

namespace nanhai::kiosk::core {

std::string local_minute(Instant instant) {
    return format_iso_date(local_date(instant)) + " " + format_hh_mm(local_minutes_of_day(instant));
}

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
    s.cancel_until = local_minute(a.cancel_until);
    s.check_in_from = local_minute(a.check_in_from);
    s.ticket = a.ticket;
    s.can_cancel = a.status == "booked" && now < a.cancel_until;
    return s;
}

}  // namespace nanhai::kiosk::core
