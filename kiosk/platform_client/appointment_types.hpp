// Appointments: the slots of a day, the days with places left, bookings and check-in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"
#include "kiosk/platform_client/named_ref.hpp"

namespace nanhai::kiosk {

struct Slot {
    std::int64_t id = 0;
    std::string start;  // "HH:MM"
    std::string end;
    Instant starts_at;
    int capacity = 0;
    int places_left = 0;
    bool bookable = false;
};

struct SlotDay {
    NamedRef hall;
    NamedRef item;
    Date date;
    std::vector<Slot> slots;
    std::string no_show_rule_zh;  // stated before the citizen confirms a booking
    std::string no_show_rule_en;
};

struct BookableDay {
    Date date;
    int weekday = 1;
    int places_left = 0;
};

struct BookableDays {
    NamedRef hall;
    NamedRef item;
    std::vector<BookableDay> days;
};

struct Appointment {
    std::int64_t id = 0;
    std::string code;    // YY + date + sequence
    std::string status;  // booked | cancelled | checked_in | no_show
    NamedRef hall;
    NamedRef item;
    Date date;
    std::string start;
    std::string end;
    Instant starts_at;
    Instant cancel_until;
    Instant check_in_from;
    Instant booked_at;
    std::optional<std::string> ticket;  // once checked in
    std::string qr_payload;             // signed slip QR (verify with the receipt keys)
    std::string no_show_rule_zh;
    std::string no_show_rule_en;
};

struct CheckIn {
    std::string ticket;  // "A012"
    std::string appointment_code;
    std::string status;
    NamedRef hall;
    NamedRef item;
    Date date;
    std::string start;
    std::string end;
    Instant checked_in_at;
    int waiting_ahead = 0;
};

}  // namespace nanhai::kiosk
