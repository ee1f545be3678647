// Views of the appointment flow (art. 9, 10): the applicant's appointments, and booking step by
// step: item -> hall -> day -> slot -> confirm (the no-show rule stated) -> booked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace nanhai::kiosk::core {

struct AppointmentSummary {
    std::string code;    // YY + date + sequence
    std::string status;  // booked | cancelled | checked_in | no_show
    std::string item_zh, item_en;
    std::string hall_zh, hall_en;
    std::string date;  // YYYY-MM-DD
    int weekday = 1;   // ISO, 1 = Monday
    std::string start, end;  // HH:MM
    std::string cancel_until;   // "YYYY-MM-DD HH:MM", China time
    std::string check_in_from;  // "YYYY-MM-DD HH:MM"
    std::optional<std::string> ticket;
    bool can_cancel = false;    // booked, and the cancel cutoff not passed
};

struct AppointmentsView {  // screen "appointments"
    std::vector<AppointmentSummary> appointments;  // upcoming bookings, soonest first
    int page = 0;
};

struct AppointmentDetailView {  // "appointments.detail"
    AppointmentSummary appointment;
    std::string qr_payload;  // the slip's signed QR
    bool confirming_cancel = false;
    bool just_cancelled = false;
};

struct ItemChoice {
    std::string code;
    std::string name_zh, name_en;
    std::string department_zh, department_en;
    bool appointment_required = false;
    int min_auth_level = 1;
};

struct BookingItemsView {  // "appointments.items"
    std::vector<ItemChoice> items;
    int page = 0;
};

struct HallChoice {
    std::string code;
    std::string name_zh, name_en;
    bool this_hall = false;  // the hall this kiosk stands in
    int slot_minutes = 0;
};

struct BookingHallsView {  // "appointments.halls"
    std::string item_zh, item_en;
    std::vector<HallChoice> halls;
    int page = 0;
};

struct DayChoice {
    std::string date;  // YYYY-MM-DD
    int weekday = 1;
    int places_left = 0;
};

struct BookingDaysView {  // "appointments.days"
    std::string item_zh, item_en, hall_zh, hall_en;
    std::vector<DayChoice> days;  // working days only, with places left
    int page = 0;
};

struct SlotChoice {
    std::int64_t id = 0;
    std::string start, end;
    int places_left = 0;
    bool bookable = false;
};

struct BookingSlotsView {  // "appointments.slots"
    std::string item_zh, item_en, hall_zh, hall_en;
    std::string date;
    int weekday = 1;
    std::vector<SlotChoice> slots;
    int page = 0;
};

struct BookingConfirmView {  // "appointments.confirm"
    std::string item_zh, item_en, hall_zh, hall_en;
    std::string date;
    int weekday = 1;
    std::string start, end;
    std::string no_show_rule_zh, no_show_rule_en;  // the platform's words
};

struct BookingDoneView {  // "appointments.booked"
    AppointmentSummary appointment;
    std::string qr_payload;
    std::string no_show_rule_zh, no_show_rule_en;
};

}  // namespace nanhai::kiosk::core
