// The rule parameters of the platform, in one place. Defaults follow the regulation where it
// gives a number (art. 25: more than three, 30 working days) and common hall practice elsewhere.
#pragma once

namespace nanhai::platform {

struct Rules {
    int session_idle_minutes = 10;        // a kiosk session not used for this long expires
    int session_max_minutes = 60;         // and no session lives longer than this
    int cancel_cutoff_minutes = 120;      // bookings can be cancelled until this before the slot
    int check_in_early_minutes = 30;      // check-in opens this long before the slot starts
    int booking_horizon_days = 30;        // calendar days ahead that can be booked
    int blacklist_threshold = 3;          // more than this many records of one kind blacklist
    int appeal_working_days = 30;         // art. 25
    int consultation_reply_working_days = 5;
    int complaint_reply_working_days = 10;
    int identity_token_max_age_seconds = 120;
    int idempotency_retention_days = 7;
    int legal_deadline_working_days_default = 20;
};

}  // namespace nanhai::platform
