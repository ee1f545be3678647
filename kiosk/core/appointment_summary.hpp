// An appointment as the screens show it (booking_views.hpp), from the platform's answer.
#pragma once

#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/platform_client/appointment_types.hpp"

namespace nanhai::kiosk::core {

AppointmentSummary summary_of(const Appointment& appointment, CoreTime now);

}  // namespace nanhai::kiosk::core
