// The kiosk's side of the platform API: any bytes as an HTTP answer (the first byte picks the
// status), decoded and given to every typed parser of the client. Whatever the platform (or a
// proxy in the way) sends, the client answers with a value or a PlatformError: never a crash,
// an exception or undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <string>

#include "kiosk/platform_client/parse_appointments.hpp"
#include "kiosk/platform_client/parse_case.hpp"
#include "kiosk/platform_client/parse_case_details.hpp"
#include "kiosk/platform_client/parse_catalogue.hpp"
#include "kiosk/platform_client/parse_consultation.hpp"
#include "kiosk/platform_client/parse_evaluation.hpp"
#include "kiosk/platform_client/parse_session.hpp"
#include "kiosk/platform_client/parse_system.hpp"
#include "kiosk/platform_client/response_decoder.hpp"

using namespace nanhai::kiosk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static constexpr int kStatuses[] = {200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502};
    const int status = kStatuses[data[0] % (sizeof kStatuses / sizeof kStatuses[0])];
    const RawResponse raw{status, std::string(reinterpret_cast<const char*>(data + 1), size - 1)};
    auto decoded = decode_response(raw);
    if (!decoded) return 0;
    const auto& d = *decoded;
    (void)parse_slot_day(d);
    (void)parse_bookable_days(d);
    (void)parse_appointment(d);
    (void)parse_appointment_page(d);
    (void)parse_check_in(d);
    (void)parse_case_view(d);
    (void)parse_case_page(d);
    (void)parse_receipt_verification(d);
    (void)parse_departments(d);
    (void)parse_item_page(d);
    (void)parse_item(d);
    (void)parse_halls(d);
    (void)parse_hall_detail(d);
    (void)parse_calendar(d);
    (void)parse_consultation(d);
    (void)parse_consultation_page(d);
    (void)parse_evaluation(d);
    (void)parse_session(d);
    (void)parse_blacklist_status(d);
    (void)parse_appeal(d);
    (void)parse_health(d);
    (void)parse_public_keys(d);
    return 0;
}
