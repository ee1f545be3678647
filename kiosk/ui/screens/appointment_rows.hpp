// How an appointment reads on screen: a list row, and the lines of its summary.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

Row appointment_row(ScreenFrame& f, const core::AppointmentSummary& a);
std::vector<std::string> appointment_lines(ScreenFrame& f, const core::AppointmentSummary& a);

}  // namespace nanhai::kiosk::ui::screens
