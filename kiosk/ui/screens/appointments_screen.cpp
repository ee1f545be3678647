// appointments: the applicant's appointments, soonest booking first; a row opens its detail,
// "new appointment" starts booking.
#include "kiosk/ui/screens/appointment_rows.hpp"
#include "kiosk/ui/screens/screens.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent appointments_screen(ScreenFrame& f, const core::AppointmentsView& v) {
    ListScreen s;
    s.title = f.ui.tr("appointments.title");
    s.intro = {f.ui.tr("appointments.intro")};
    s.list = {"appointments.list", {}, v.page};
    for (const auto& a : v.appointments) s.list.rows.push_back(appointment_row(f, a));
    s.empty_text = f.ui.tr("appointments.empty");
    s.buttons = {button(f, "appointments.new", f.ui.tr("appointments.new"))};
    return list_screen(f, s);
}

}  // namespace nanhai::kiosk::ui::screens
