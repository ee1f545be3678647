// Bookings, cancellations, check-in with queue tickets, and the no-show sweep. Every function
// runs inside the request's transaction; a place is taken with a guarded UPDATE (booked <
// capacity), so concurrent bookings can never overfill a slot.
#include "platform/domain/appointments.hpp"

#include <cstdio>
#include <vector>

#include "platform/api/try.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/domain/slots.hpp"

namespace nanhai::platform {
namespace {

std::int64_t seconds(Instant t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
Instant instant(std::int64_t s) { return Instant{std::chrono::seconds{s}}; }

struct Appointment {
    std::int64_t id = 0;
    std::string code;
    std::int64_t applicant_id = 0;
    std::string status;
    std::int64_t booked_at = 0;
    std::optional<std::string> ticket;
    Slot slot;
};

constexpr std::string_view kAppointmentSelect =
    "SELECT a.id, a.code, a.applicant_id, a.status, a.booked_at, a.ticket, s.id, s.hall_code, "
    "s.item_code, s.date, s.start_minute, s.end_minute, s.capacity, s.booked "
    "FROM appointments a JOIN slots s ON s.id = a.slot_id ";

Appointment read_appointment(const Statement& s) {
    Slot slot{s.int_at(6), s.text_at(7), s.text_at(8), *parse_iso_date(s.text_at(9)),
              static_cast<int>(s.int_at(10)), static_cast<int>(s.int_at(11)),
              static_cast<int>(s.int_at(12)), static_cast<int>(s.int_at(13))};
    return Appointment{s.int_at(0), s.text_at(1), s.int_at(2), s.text_at(3), s.int_at(4),
                       s.optional_text_at(5), std::move(slot)};
}

Result<std::optional<Appointment>, ApiError> find_appointment(Database& db,
                                                              const std::string& code) {
    NH_ASSIGN(auto stmt, db.prepare(std::string{kAppointmentSelect} + "WHERE a.code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return std::optional<Appointment>{};
    return std::optional<Appointment>{read_appointment(stmt)};
}

// Someone else's appointment is answered exactly like a missing one.
Result<Appointment, ApiError> load_own(Database& db, std::int64_t applicant_id,
                                       const std::string& code) {
    NH_ASSIGN(auto found, find_appointment(db, code));
    if (!found || found->applicant_id != applicant_id) return fail(not_found("appointment", code));
    return *found;
}

// Daily counters (appointment codes, queue tickets): one row per name and scope, incremented
// inside the transaction, so numbers are never reused even after a crash.
Result<std::int64_t, ApiError> next_counter(Database& db, const std::string& name,
                                            const std::string& scope) {
    NH_ASSIGN(auto stmt, db.prepare("INSERT INTO counters (name, scope, value) VALUES (?, ?, 1) "
                                    "ON CONFLICT (name, scope) DO UPDATE SET value = value + 1 "
                                    "RETURNING value"));
    stmt.bind(1, name).bind(2, scope);
    NH_ASSIGN(bool row, stmt.step());
    if (!row) return fail(api_error(ErrorCode::internal_error));
    auto value = stmt.int_at(0);
    NH_TRY(stmt.run());
    return value;
}

std::string compact_date(Date date) {
    auto iso = format_iso_date(date);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// "YY" (预约) + the slot's date + a 4-digit sequence of that date: staff at the hall read the
// day of the booking from the code itself.
Result<std::string, ApiError> new_appointment_code(Database& db, Date date) {
    NH_ASSIGN(auto n, next_counter(db, "appointment", format_iso_date(date)));
    char sequence[16];
    std::snprintf(sequence, sizeof sequence, "%04lld", static_cast<long long>(n));
    return "YY" + compact_date(date) + sequence;
}

std::string qr_payload(const RequestContext& ctx, const Appointment& a) {
    return make_signed_payload('A', ctx.keys.receipt.key_id,
                               {a.code, a.slot.hall_code, format_iso_date(a.slot.date),
                                format_hh_mm(a.slot.start_minute)},
                               ctx.keys.receipt.pair.secret_key);
}

nlohmann::json nullable(const std::optional<std::string>& text) {
    return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

Result<nlohmann::json, ApiError> view(RequestContext& ctx, const Appointment& a) {
    NH_ASSIGN(auto hall, hall_ref(ctx.db, a.slot.hall_code));
    NH_ASSIGN(auto item, item_ref(ctx.db, a.slot.item_code));
    auto starts = a.slot.starts_at();
    auto cancel_until = starts - std::chrono::minutes{ctx.rules.cancel_cutoff_minutes};
    auto check_in_from = starts - std::chrono::minutes{ctx.rules.check_in_early_minutes};
    return nlohmann::json{
        {"id", a.id}, {"code", a.code}, {"status", a.status}, {"hall", hall}, {"item", item},
        {"date", format_iso_date(a.slot.date)}, {"start", format_hh_mm(a.slot.start_minute)},
        {"end", format_hh_mm(a.slot.end_minute)}, {"starts_at", format_iso_instant(starts)},
        {"cancel_until", format_iso_instant(cancel_until)},
        {"check_in_from", format_iso_instant(check_in_from)},
        {"booked_at", format_iso_instant(instant(a.booked_at))}, {"ticket", nullable(a.ticket)},
        {"qr_payload", qr_payload(ctx, a)},
        {"no_show_rule_zh", missed_appointment_warning_zh(ctx.rules)},
        {"no_show_rule_en", missed_appointment_warning_en(ctx.rules)}};
}

Result<void, ApiError> check_no_active_booking(Database& db, std::int64_t applicant_id,
                                               const Slot& slot) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT code FROM appointments WHERE applicant_id = ? AND "
                                    "item_code = ? AND date = ? AND status IN ('booked', "
                                    "'checked_in')"));
    stmt.bind(1, applicant_id).bind(2, slot.item_code).bind(3, format_iso_date(slot.date));
    NH_ASSIGN(bool found, stmt.step());
    if (found) return fail(api_error(ErrorCode::duplicate_booking, {{"code", stmt.text_at(0)}}));
    return {};
}

// The guarded UPDATE is the capacity check: it takes a place only while one is left.
Result<void, ApiError> take_place(Database& db, const Slot& slot) {
    NH_ASSIGN(auto stmt, db.prepare("UPDATE slots SET booked = booked + 1 WHERE id = ? AND "
                                    "booked < capacity"));
    stmt.bind(1, slot.id);
    NH_TRY(stmt.run());
    if (db.changes() == 0)
        return fail(api_error(ErrorCode::slot_full, {{"slot_id", slot.id}}));
    return {};
}

Result<void, ApiError> insert_appointment(RequestContext& ctx, const Appointment& a) {
    NH_ASSIGN(auto insert, ctx.db.prepare(
        "INSERT INTO appointments (code, applicant_id, slot_id, item_code, date, status, "
        "booked_at, ends_at, terminal_id) VALUES (?,?,?,?,?,'booked',?,?,?)"));
    insert.bind(1, a.code).bind(2, a.applicant_id).bind(3, a.slot.id).bind(4, a.slot.item_code);
    insert.bind(5, format_iso_date(a.slot.date)).bind(6, a.booked_at);
    insert.bind(7, seconds(a.slot.ends_at())).bind(8, ctx.terminal->id);
    auto done = insert.run();
    // The unique partial index is the last guard against a second active booking.
    if (!done && done.error().is_constraint())
        return fail(api_error(ErrorCode::duplicate_booking));
    NH_TRY(done);
    return {};
}

struct Due {
    std::int64_t id;
    std::string code;
    std::int64_t applicant_id;
};

Result<std::vector<Due>, ApiError> due_no_shows(Database& db, Instant now) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT id, code, applicant_id FROM appointments WHERE "
                                    "status = 'booked' AND ends_at <= ? ORDER BY ends_at, id"));
    stmt.bind(1, seconds(now));
    std::vector<Due> out;
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) return out;
        out.push_back({stmt.int_at(0), stmt.text_at(1), stmt.int_at(2)});
    }
}

}  // namespace

Result<void, ApiError> sweep_no_shows(RequestContext& ctx) {
    NH_ASSIGN(auto due, due_no_shows(ctx.db, ctx.now));
    for (const auto& d : due) {
        NH_ASSIGN(auto mark,
                  ctx.db.prepare("UPDATE appointments SET status = 'no_show' WHERE id = ?"));
        mark.bind(1, d.id);
        NH_TRY(mark.run());
        // Recorded by the platform, not by whichever terminal's request ran the sweep.
        NH_TRY(record_conduct(ctx.db, ctx.now, ctx.rules, d.applicant_id, "missed_appointment",
                              d.code, "platform"));
    }
    return {};
}

Result<nlohmann::json, ApiError> book_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                  std::int64_t slot_id) {
    NH_TRY(ensure_not_blacklisted(ctx.db, applicant_id, ctx.now, ctx.rules));
    NH_ASSIGN(auto slot, load_slot(ctx.db, slot_id));
    if (ctx.now >= slot.starts_at())
        return fail(api_error(ErrorCode::slot_in_past,
                              {{"starts_at", format_iso_instant(slot.starts_at())}}));
    NH_TRY(check_no_active_booking(ctx.db, applicant_id, slot));
    NH_TRY(take_place(ctx.db, slot));
    NH_ASSIGN(auto code, new_appointment_code(ctx.db, slot.date));
    Appointment a{0, code, applicant_id, "booked", seconds(ctx.now), std::nullopt, slot};
    NH_TRY(insert_appointment(ctx, a));
    a.id = ctx.db.last_insert_id();
    ctx.audit_object = "appointment:" + code;
    return view(ctx, a);
}

Result<nlohmann::json, ApiError> own_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                 const std::string& code) {
    NH_ASSIGN(auto a, load_own(ctx.db, applicant_id, code));
    return view(ctx, a);
}

Result<nlohmann::json, ApiError> list_appointments(RequestContext& ctx, std::int64_t applicant_id,
                                                   const PageRequest& page) {
    NH_ASSIGN(auto count,
              ctx.db.prepare("SELECT COUNT(*) FROM appointments WHERE applicant_id = ?"));
    count.bind(1, applicant_id);
    NH_TRY(count.step());
    auto total = count.int_at(0);
    NH_ASSIGN(auto stmt, ctx.db.prepare(std::string{kAppointmentSelect} +
                                        "WHERE a.applicant_id = ? ORDER BY a.booked_at DESC, "
                                        "a.id DESC LIMIT ? OFFSET ?"));
    stmt.bind(1, applicant_id).bind(2, page.per_page).bind(3, page.offset());
    auto items = nlohmann::json::array();
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        NH_ASSIGN(auto v, view(ctx, read_appointment(stmt)));
        items.push_back(std::move(v));
    }
    return page_body(std::move(items), page, total);
}

Result<nlohmann::json, ApiError> cancel_appointment(RequestContext& ctx, std::int64_t applicant_id,
                                                    const std::string& code) {
    NH_ASSIGN(auto a, load_own(ctx.db, applicant_id, code));
    ctx.audit_object = "appointment:" + code;
    if (a.status != "booked")
        return fail(api_error(ErrorCode::appointment_not_active, {{"status", a.status}}));
    auto until = a.slot.starts_at() - std::chrono::minutes{ctx.rules.cancel_cutoff_minutes};
    if (ctx.now > until)
        return fail(api_error(ErrorCode::cancel_cutoff_passed,
                              {{"cancel_until", format_iso_instant(until)}}));
    NH_ASSIGN(auto update, ctx.db.prepare("UPDATE appointments SET status = 'cancelled', "
                                          "cancelled_at = ? WHERE id = ?"));
    update.bind(1, seconds(ctx.now)).bind(2, a.id);
    NH_TRY(update.run());
    NH_ASSIGN(auto release, ctx.db.prepare("UPDATE slots SET booked = booked - 1 WHERE id = ?"));
    release.bind(1, a.slot.id);
    NH_TRY(release.run());
    a.status = "cancelled";
    return view(ctx, a);
}

namespace {

// The slip's QR is checked offline-style: signed by the platform's receipt key, an appointment
// slip ('A'), and describing the booking it names (hall, date, start).
Result<Appointment, ApiError> appointment_from_qr(RequestContext& ctx, const std::string& payload) {
    const TrustedKey keys[] = {{ctx.keys.receipt.key_id, ctx.keys.receipt.pair.public_key}};
    auto slip = verify_signed_payload(payload, keys);
    if (!slip) return fail(invalid_field("qr_payload", describe(slip.error())));
    if (slip->type != 'A' || slip->fields.size() != 4)
        return fail(invalid_field("qr_payload", "is not an appointment slip"));
    NH_ASSIGN(auto found, find_appointment(ctx.db, slip->fields[0]));
    if (!found) return fail(not_found("appointment", slip->fields[0]));
    const auto& s = found->slot;
    if (slip->fields[1] != s.hall_code || slip->fields[2] != format_iso_date(s.date) ||
        slip->fields[3] != format_hh_mm(s.start_minute))
        return fail(invalid_field("qr_payload", "does not match the booking"));
    return *found;
}

Result<Appointment, ApiError> appointment_for_check_in(RequestContext& ctx,
                                                       const CheckInRequest& request) {
    if (request.qr_payload) return appointment_from_qr(ctx, *request.qr_payload);
    NH_ASSIGN(auto found, find_appointment(ctx.db, *request.appointment_code));
    if (!found) return fail(not_found("appointment", *request.appointment_code));
    return *found;
}

Result<void, ApiError> check_window(const RequestContext& ctx, const Appointment& a) {
    if (ctx.terminal->hall_code != a.slot.hall_code) {
        NH_ASSIGN(auto hall, hall_ref(ctx.db, a.slot.hall_code));
        return fail(api_error(ErrorCode::check_in_wrong_hall, {{"hall", hall}}));
    }
    auto opens = a.slot.starts_at() - std::chrono::minutes{ctx.rules.check_in_early_minutes};
    if (ctx.now < opens)
        return fail(api_error(ErrorCode::check_in_too_early,
                              {{"check_in_from", format_iso_instant(opens)}}));
    if (ctx.now >= a.slot.ends_at())
        return fail(api_error(ErrorCode::check_in_too_late,
                              {{"ended_at", format_iso_instant(a.slot.ends_at())}}));
    if (a.status != "booked")
        return fail(api_error(ErrorCode::appointment_not_active, {{"status", a.status}}));
    return {};
}

// The platform does not know which tickets the hall has called, so "waiting ahead" counts the
// tickets already issued today at this hall whose slot has not ended: an upper estimate.
Result<std::int64_t, ApiError> waiting_ahead(RequestContext& ctx, const Appointment& a) {
    NH_ASSIGN(auto stmt, ctx.db.prepare("SELECT COUNT(*) FROM appointments x JOIN slots s ON "
                                        "s.id = x.slot_id WHERE s.hall_code = ? AND x.date = ? "
                                        "AND x.status = 'checked_in' AND x.ends_at > ?"));
    stmt.bind(1, a.slot.hall_code).bind(2, format_iso_date(a.slot.date)).bind(3, seconds(ctx.now));
    NH_TRY(stmt.step());
    return stmt.int_at(0);
}

// One queue per hall and day: "A001", "A002", ...
Result<std::string, ApiError> new_ticket(Database& db, const Appointment& a) {
    NH_ASSIGN(auto n, next_counter(db, "queue:" + a.slot.hall_code, format_iso_date(a.slot.date)));
    char ticket[16];
    std::snprintf(ticket, sizeof ticket, "A%03lld", static_cast<long long>(n));
    return std::string{ticket};
}

}  // namespace

Result<nlohmann::json, ApiError> check_in(RequestContext& ctx, const CheckInRequest& request) {
    NH_ASSIGN(auto a, appointment_for_check_in(ctx, request));
    ctx.audit_object = "appointment:" + a.code;
    ctx.audit_applicant = a.applicant_id;
    NH_TRY(check_window(ctx, a));
    NH_ASSIGN(auto ahead, waiting_ahead(ctx, a));
    NH_ASSIGN(auto ticket, new_ticket(ctx.db, a));
    NH_ASSIGN(auto update, ctx.db.prepare("UPDATE appointments SET status = 'checked_in', "
                                          "checked_in_at = ?, ticket = ? WHERE id = ?"));
    update.bind(1, seconds(ctx.now)).bind(2, ticket).bind(3, a.id);
    NH_TRY(update.run());
    NH_ASSIGN(auto hall, hall_ref(ctx.db, a.slot.hall_code));
    NH_ASSIGN(auto item, item_ref(ctx.db, a.slot.item_code));
    return nlohmann::json{{"ticket", ticket}, {"appointment_code", a.code},
                          {"status", "checked_in"}, {"hall", hall}, {"item", item},
                          {"date", format_iso_date(a.slot.date)},
                          {"start", format_hh_mm(a.slot.start_minute)},
                          {"end", format_hh_mm(a.slot.end_minute)},
                          {"checked_in_at", format_iso_instant(ctx.now)},
                          {"waiting_ahead", ahead}};
}

}  // namespace nanhai::platform
