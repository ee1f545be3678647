// PlatformClient: slots, bookable days, booking, own appointments, cancel, check-in.
#include "kiosk/platform_client/parse_appointments.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

ApiRequest get(std::string path, std::string operation) {
    return ApiRequest{HttpMethod::get, std::move(path), {}, {}, std::move(operation)};
}

std::string appointment_path(std::string_view code) {
    return "/api/v1/appointments/" + percent_encode(code);
}

}  // namespace

Result<SlotDay, PlatformError> PlatformClient::slots(std::string_view hall_code,
                                                     std::string_view item_code, Date date) {
    if (hall_code.empty() || item_code.empty())
        return fail(invalid_input(hall_code.empty() ? "hall" : "item", "is empty"));
    auto path = with_query("/api/v1/slots", {{"hall", std::string{hall_code}},
                                             {"item", std::string{item_code}},
                                             {"date", format_iso_date(date)}});
    return call<SlotDay>(get(std::move(path), "appointments.slots"), SessionUse::none,
                         parse_slot_day);
}

Result<BookableDays, PlatformError> PlatformClient::bookable_days(std::string_view hall_code,
                                                                  std::string_view item_code,
                                                                  std::optional<Date> from,
                                                                  int days) {
    if (hall_code.empty() || item_code.empty())
        return fail(invalid_input(hall_code.empty() ? "hall" : "item", "is empty"));
    if (days < 1 || days > 31) return fail(invalid_input("days", "must be 1 to 31"));
    auto path = with_query("/api/v1/slots/days", {{"hall", std::string{hall_code}},
                                                  {"item", std::string{item_code}},
                                                  {"from", from ? format_iso_date(*from) : ""},
                                                  {"days", std::to_string(days)}});
    return call<BookableDays>(get(std::move(path), "appointments.days"), SessionUse::none,
                              parse_bookable_days);
}

Result<Appointment, PlatformError> PlatformClient::book(std::int64_t slot_id, const OperationKey& key) {
    if (slot_id < 1) return fail(invalid_input("slot_id", "must be positive"));
    ApiRequest request{HttpMethod::post, "/api/v1/appointments", nlohmann::json{{"slot_id", slot_id}},
                       key.value, "appointments.book"};
    return call<Appointment>(request, SessionUse::required, parse_appointment);
}

Result<Page<Appointment>, PlatformError> PlatformClient::appointments(const PageQuery& page) {
    if (page.page < 1 || page.per_page < 1 || page.per_page > 100)
        return fail(invalid_input("page", "page must be at least 1, per_page 1 to 100"));
    return call<Page<Appointment>>(get(with_query("/api/v1/appointments", page_params(page)),
                                       "appointments.list"),
                                   SessionUse::required, parse_appointment_page);
}

Result<Appointment, PlatformError> PlatformClient::appointment(std::string_view code) {
    if (code.empty()) return fail(invalid_input("code", "is empty"));
    return call<Appointment>(get(appointment_path(code), "appointments.get"), SessionUse::required,
                             parse_appointment);
}

Result<Appointment, PlatformError> PlatformClient::cancel_appointment(std::string_view code) {
    if (code.empty()) return fail(invalid_input("code", "is empty"));
    ApiRequest request{HttpMethod::post, appointment_path(code) + "/cancel", nlohmann::json::object(),
                       std::nullopt, "appointments.cancel"};
    return call<Appointment>(request, SessionUse::required, parse_appointment);
}

Result<CheckIn, PlatformError> PlatformClient::check_in_by_code(std::string_view appointment_code,
                                                                const OperationKey& key) {
    if (appointment_code.empty()) return fail(invalid_input("appointment_code", "is empty"));
    ApiRequest request{HttpMethod::post, "/api/v1/check-ins",
                       nlohmann::json{{"appointment_code", appointment_code}}, key.value,
                       "appointments.check_in"};
    return call<CheckIn>(request, SessionUse::none, parse_check_in);
}

Result<CheckIn, PlatformError> PlatformClient::check_in_by_qr(std::string_view qr_payload,
                                                              const OperationKey& key) {
    if (qr_payload.empty()) return fail(invalid_input("qr_payload", "is empty"));
    ApiRequest request{HttpMethod::post, "/api/v1/check-ins",
                       nlohmann::json{{"qr_payload", qr_payload}}, key.value,
                       "appointments.check_in"};
    return call<CheckIn>(request, SessionUse::none, parse_check_in);
}

}  // namespace nanhai::kiosk
