// Views of check-in at the hall: scan the slip, type its number, or sign in and pick today's
// booking; then the queue ticket.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kiosk/core/views/booking_views.hpp"

namespace nanhai::kiosk::core {

struct CheckInView {  // "check_in"
    std::string typed;        // the digits after "YY" typed so far
    std::size_t length = 12;  // YYYYMMDD + 4-digit sequence
    bool complete = false;
    bool signed_in = false;
    std::vector<AppointmentSummary> today;  // signed in: today's bookings at this hall
    int page = 0;
};

struct QueueTicketView {  // "check_in.ticket"
    std::string ticket;  // "A012"
    std::string appointment_code;
    std::string item_zh, item_en, hall_zh, hall_en;
    std::string date, start, end;
    int waiting_ahead = 0;
};

}  // namespace nanhai::kiosk::core
