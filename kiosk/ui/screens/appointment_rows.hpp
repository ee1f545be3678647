// How appointments and service items read in lists: rows, and an appointment's summary lines.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

Row appointment_row(ScreenFrame& f, const core::AppointmentSummary& a);
// A service item: its name, and its department with "by appointment" when it needs one.
Row item_row(ScreenFrame& f, const core::ItemChoice& item);
std::vector<std::string> appointment_lines(ScreenFrame& f, const core::AppointmentSummary& a);

}  // namespace nanhai::kiosk::ui::screens
