// JSON -> appointment types. On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "kiosk/platform_client/appointment_types.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

Result<SlotDay, PlatformError> parse_slot_day(const nlohmann::json& document);
Result<BookableDays, PlatformError> parse_bookable_days(const nlohmann::json& document);
Result<Appointment, PlatformError> parse_appointment(const nlohmann::json& document);
Result<Page<Appointment>, PlatformError> parse_appointment_page(const nlohmann::json& document);
Result<CheckIn, PlatformError> parse_check_in(const nlohmann::json& document);

}  // namespace nanhai::kiosk
