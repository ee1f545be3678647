// Slots, bookings, cancellation and check-in (art. 9). Handlers read and check the request; the
// rules live in domain/slots.cpp and domain/appointments.cpp.
//   GET  /api/v1/slots?hall=&item=&date=            terminal   the day's slots
//   GET  /api/v1/slots/days?hall=&item=&from=&days=  terminal   next working days with places
//   POST /api/v1/appointments                        session    book {slot_id}
//   GET  /api/v1/appointments                        session    own bookings, newest first
//   GET  /api/v1/appointments/{code}                 session    one own booking
//   POST /api/v1/appointments/{code}/cancel          session    cancel before the cutoff
//   POST /api/v1/check-ins                           terminal   {appointment_code | qr_payload}
#include <charconv>
#include <cstdint>

#include "platform/api/json_fields.hpp"
#include "platform/api/routes.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/appointments.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/domain/slots.hpp"

namespace nanhai::platform {
namespace {

Result<std::string, ApiError> required_query(const RequestContext& ctx, const std::string& name) {
    auto value = ctx.query(name);
    if (!value || value->empty()) return fail(invalid_field(name, "is required"));
    if (value->size() > 64) return fail(invalid_field(name, "is longer than 64"));
    return *value;
}

Result<Date, ApiError> date_query(const RequestContext& ctx, const std::string& name,
                                  std::optional<Date> fallback) {
    auto value = ctx.query(name);
    if (!value) {
        if (fallback) return *fallback;
        return fail(invalid_field(name, "is required"));
    }
    auto date = parse_iso_date(*value);
    if (!date) return fail(invalid_field(name, "must be YYYY-MM-DD"));
    return *date;
}

Result<int, ApiError> days_query(const RequestContext& ctx) {
    auto value = ctx.query("days");
    if (!value) return 7;
    int n = 0;
    auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), n);
    if (ec != std::errc{} || end != value->data() + value->size() || n < 1 || n > 31)
        return fail(invalid_field("days", "must be 1 to 31"));
    return n;
}

Result<HttpResponse, ApiError> get_slots(RequestContext& ctx) {
    NH_ASSIGN(auto hall, required_query(ctx, "hall"));
    NH_ASSIGN(auto item, required_query(ctx, "item"));
    NH_ASSIGN(auto date, date_query(ctx, "date", std::nullopt));
    NH_ASSIGN(auto slots, slots_for_day(ctx.db, hall, item, date, ctx.now, ctx.rules));
    NH_ASSIGN(auto hall_view, hall_ref(ctx.db, hall));
    NH_ASSIGN(auto item_view, item_ref(ctx.db, item));
    auto list = nlohmann::json::array();
    for (const auto& s : slots) list.push_back(slot_view(s, ctx.now));
    // The no-show rule comes with the slots so that the kiosk states it before the citizen
    // confirms (the booking answer repeats it).
    return ok({{"hall", hall_view}, {"item", item_view}, {"date", format_iso_date(date)},
               {"slots", list}, {"no_show_rule_zh", missed_appointment_warning_zh(ctx.rules)},
               {"no_show_rule_en", missed_appointment_warning_en(ctx.rules)}});
}

Result<HttpResponse, ApiError> get_days(RequestContext& ctx) {
    NH_ASSIGN(auto hall, required_query(ctx, "hall"));
    NH_ASSIGN(auto item, required_query(ctx, "item"));
    NH_ASSIGN(auto from, date_query(ctx, "from", local_date(ctx.now)));
    NH_ASSIGN(int count, days_query(ctx));
    NH_ASSIGN(auto days, days_with_places(ctx.db, hall, item, from, count, ctx.now, ctx.rules));
    NH_ASSIGN(auto hall_view, hall_ref(ctx.db, hall));
    NH_ASSIGN(auto item_view, item_ref(ctx.db, item));
    return ok({{"hall", hall_view}, {"item", item_view}, {"days", days}});
}

Result<HttpResponse, ApiError> book(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto slot_id, int_field(ctx.body, "slot_id", 1, INT64_MAX));
    NH_ASSIGN(auto body, book_appointment(ctx, session->applicant_id, slot_id));
    return ok(body, 201);
}

Result<HttpResponse, ApiError> list(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto page, page_request(ctx));
    NH_ASSIGN(auto body, list_appointments(ctx, session->applicant_id, page));
    return ok(body);
}

Result<HttpResponse, ApiError> get_one(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto body, own_appointment(ctx, session->applicant_id, ctx.param("code")));
    return ok(body);
}

Result<HttpResponse, ApiError> cancel(RequestContext& ctx) {
    NH_ASSIGN(auto session, ctx.require_session());
    NH_ASSIGN(auto body, cancel_appointment(ctx, session->applicant_id, ctx.param("code")));
    return ok(body);
}

// Either the code typed from the slip or the slip's QR as scanned; the QR wins when both come.
Result<CheckInRequest, ApiError> check_in_request(const nlohmann::json& body) {
    NH_ASSIGN(auto code, optional_string_field(body, "appointment_code", 32));
    NH_ASSIGN(auto qr, optional_string_field(body, "qr_payload", 512));
    if ((!code || code->empty()) && (!qr || qr->empty()))
        return fail(invalid_field("appointment_code", "or qr_payload is required"));
    if (qr && qr->empty()) qr.reset();
    return CheckInRequest{code, qr};
}

Result<HttpResponse, ApiError> check_in_route(RequestContext& ctx) {
    NH_ASSIGN(auto request, check_in_request(ctx.body));
    NH_ASSIGN(auto body, check_in(ctx, request));
    return ok(body, 201);
}

}  // namespace

void add_appointment_routes(Router& router) {
    router.add("GET", "/api/v1/slots", Access::terminal, false, get_slots);
    router.add("GET", "/api/v1/slots/days", Access::terminal, false, get_days);
    router.add("POST", "/api/v1/appointments", Access::session, true, book);
    router.add("GET", "/api/v1/appointments", Access::session, false, list);
    router.add("GET", "/api/v1/appointments/{code}", Access::session, false, get_one);
    router.add("POST", "/api/v1/appointments/{code}/cancel", Access::session, false, cancel);
    router.add("POST", "/api/v1/check-ins", Access::terminal, true, check_in_route);
}

}  // namespace nanhai::platform
