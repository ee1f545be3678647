// Appointments (art. 9): slots per hall, item and day with a capacity; booking, cancelling until
// a cutoff, check-in at the hall for a queue ticket; a booked slot that ends without check-in is
// a no-show, recorded as conduct (art. 25).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

// Marks every booked appointment whose slot has ended as no_show and records the missed
// appointment for its applicant. Runs at the start of every authenticated request, inside its
// transaction, so time-driven state is always current when a rule is checked.
Result<void, ApiError> sweep_no_shows(RequestContext& ctx);

// Books a place in a slot for the applicant. Checked in this order: 403 applicant_blacklisted,
// 404 slot, 409 slot_in_past, 409 duplicate_booking (one active booking per item and day),
// 409 slot_full. Returns the appointment view (see appointment_view).
Result<nlohmann::json, ApiError> book_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                  std::int64_t slot_id);

// {id, code, status, hall, item, date, start, end, starts_at, cancel_until, check_in_from,
//  booked_at, ticket, qr_payload, no_show_rule_zh, no_show_rule_en} of the applicant's own
// appointment; 404 for an unknown code or someone else's.
Result<nlohmann::json, ApiError> own_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                 const std::string& code);

// The applicant's appointments, newest booking first: {items, page, per_page, total}.
Result<nlohmann::json, ApiError> list_appointments(RequestContext& ctx, std::int64_t applicant_id,
                                                   const PageRequest& page);

// Cancels a booked appointment until rules.cancel_cutoff_minutes before its start and frees the
// place: 409 appointment_not_active, 409 cancel_cutoff_passed.
Result<nlohmann::json, ApiError> cancel_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                    const std::string& code);

// What identifies the booking at check-in: a typed code, or the slip's signed QR.
struct CheckInRequest {
    std::optional<std::string> appointment_code;
    std::optional<std::string> qr_payload;
};

// Checks the booking in at the asking terminal's hall and issues a queue ticket: 422
// validation_failed (qr_payload forged or not a slip), 404, 409 check_in_wrong_hall,
// check_in_too_early, check_in_too_late, appointment_not_active.
// {ticket, appointment_code, status, hall, item, date, start, end, checked_in_at, waiting_ahead}
Result<nlohmann::json, ApiError> check_in(RequestContext& ctx, const CheckInRequest& request);

}  // namespace nanhai::platform
