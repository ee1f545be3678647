// The appointment flow (see appointment_flow.hpp).
#include "kiosk/core/appointment_flow.hpp"

#include <algorithm>

#include "common/log.hpp"
#include "kiosk/core/appointment_summary.hpp"
#include "kiosk/core/core_settings.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/item_choices.hpp"
#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {
namespace {

constexpr int kBookableDaysShown = 14;

struct ItemsAndDepartments {
    Page<ItemSummary> items;
    std::vector<Department> departments;
};

// One task asks for both, so the list appears once with its department names.
Result<ItemsAndDepartments, PlatformError> fetch_items(PlatformClient& client) {
    ItemQuery query;
    query.per_page = 100;
    auto items = client.items(query);
    if (!items) return fail(items.error());
    auto departments = client.departments();
    if (!departments) return fail(departments.error());
    return ItemsAndDepartments{std::move(*items), std::move(*departments)};
}

ErrorPanel slot_taken_panel() {
    ErrorPanel panel;
    panel.title_key = "error.slot_taken";
    panel.action_key = "action.choose_another_slot";
    return panel;
}

ErrorPanel booking_blocked_panel() {
    ErrorPanel panel;
    panel.title_key = "error.booking_blocked";
    panel.action_key = "action.see_credit_record";
    return panel;
}

}  // namespace

bool AppointmentFlow::owns(std::string_view s) const {
    return s == screen::appointments || s.starts_with("appointments.");
}

void AppointmentFlow::open(std::string_view s, std::string_view value) {
    page_ = 0;
    if (s == screen::appointments_items) {
        if (booking_blocked()) return;
        return value.empty() ? load_items() : choose_item(value);
    }
    load_mine();
}

bool AppointmentFlow::handle(const Intent& intent) {
    const auto& s = host_.screen();
    if (!owns(s)) return false;
    if (s == screen::appointments) return handle_list(intent);
    if (s == screen::appointments_detail) return handle_detail(intent);
    return handle_booking(intent);
}

bool AppointmentFlow::handle_list(const Intent& intent) {
    if (auto page = page_intent(intent, "appointments.list")) return page_ = *page, true;
    if (intent.widget == "appointments.list") return open_detail(intent.value), true;
    if (intent.widget == "appointments.new") return open(screen::appointments_items, {}), true;
    return false;
}

bool AppointmentFlow::handle_detail(const Intent& intent) {
    if (!detail_) return false;
    const auto& w = intent.widget;
    if (w == "appointments.cancel" && summary_of(*detail_, host_.now()).can_cancel) {
        confirming_cancel_ = true;
    } else if (w == "appointments.cancel.no") {
        confirming_cancel_ = false;
    } else if (w == "appointments.cancel.yes" && confirming_cancel_) {
        cancel_appointment();
    } else if (w == "appointments.print") {
        print_slip(*detail_);
    } else {
        return false;
    }
    return true;
}

bool AppointmentFlow::handle_booking(const Intent& intent) {
    const auto& s = host_.screen();
    const auto& w = intent.widget;
    const std::string list{s};  // each choice screen's row list has the screen's id
    if (auto page = page_intent(intent, list)) return page_ = *page, true;
    if (s == screen::appointments_items && w == list) return choose_item(intent.value), true;
    if (s == screen::appointments_halls && w == list) return choose_hall(intent.value), true;
    if (s == screen::appointments_days && w == list) return choose_day(intent.value), true;
    if (s == screen::appointments_slots && w == list) return choose_slot(intent.value), true;
    if (s == screen::appointments_confirm && w == "appointments.confirm") return book(), true;
    if (s == screen::appointments_booked && booked_) {
        if (w == "appointments.print") return print_slip(*booked_), true;
        if (w == "appointments.done") return host_.show_menu(), true;
    }
    return false;
}

bool AppointmentFlow::back() {
    const auto& s = host_.screen();
    page_ = 0;
    if (s == screen::appointments_detail) return load_mine(), true;
    if (s == screen::appointments_items) return load_mine(), true;
    if (s == screen::appointments_halls) return host_.show(screen::appointments_items), true;
    if (s == screen::appointments_days) return host_.show(screen::appointments_halls), true;
    if (s == screen::appointments_slots) return host_.show(screen::appointments_days), true;
    if (s == screen::appointments_confirm) return host_.show(screen::appointments_slots), true;
    return false;  // the list and the booked screen lead back to the menu
}

// ---- the applicant's appointments ----

void AppointmentFlow::load_mine() {
    host_.ask(
        "wait.appointments", [](PlatformClient& client) { return client.appointments({1, 50}); },
        [this](Result<Page<Appointment>, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { load_mine(); });
            for (auto& a : mine_) secure_wipe(a.qr_payload);
            mine_ = std::move(reply->items);
            // Upcoming bookings first, soonest first; the rest after, newest first.
            std::stable_sort(mine_.begin(), mine_.end(), [](const Appointment& a, const Appointment& b) {
                const bool a_open = a.status == "booked", b_open = b.status == "booked";
                if (a_open != b_open) return a_open;
                return a_open ? a.starts_at < b.starts_at : a.starts_at > b.starts_at;
            });
            page_ = 0;
            host_.show(screen::appointments);
        });
}

void AppointmentFlow::open_detail(std::string_view code) {
    for (const auto& a : mine_) {
        if (a.code != code) continue;
        detail_ = a;
        confirming_cancel_ = false;
        just_cancelled_ = false;
        return host_.show(screen::appointments_detail);
    }
}

void AppointmentFlow::cancel_appointment() {
    confirming_cancel_ = false;
    host_.ask(
        "wait.cancel", [code = detail_->code](PlatformClient& client) { return client.cancel_appointment(code); },
        [this](Result<Appointment, PlatformError> reply) {
            // Not retried blindly: cancelling is not keyed. A lost answer is resolved by reading
            // the list again, which "retry" does.
            if (!reply) return host_.platform_error(reply.error(), [this] { load_mine(); });
            log_event(LogLevel::info, "core.appointment.cancelled", {{"code", reply->code}});
            detail_ = *reply;
            for (auto& a : mine_)
                if (a.code == reply->code) a = *reply;
            just_cancelled_ = true;
        });
}

void AppointmentFlow::print_slip(const Appointment& appointment) {
    host_.print_desk().print(receipts::appointment_slip(appointment, host_.receipt_context()),
                             receipts::qr_of(appointment));
}

// ---- booking ----

// Art. 25: a blacklisted applicant may not book. The platform refuses too; saying it before
// the first step spares the citizen four screens.
bool AppointmentFlow::booking_blocked() {
    const Session* session = host_.session();
    if (session == nullptr) return false;
    for (const auto& entry : session->blacklist().entries) {
        if (std::find(entry.blocked.begin(), entry.blocked.end(), "booking") == entry.blocked.end()) continue;
        log_event(LogLevel::info, "core.booking.blocked_locally");
        host_.show_error(booking_blocked_panel());
        return true;
    }
    return false;
}

void AppointmentFlow::load_items() {
    host_.ask("wait.items", fetch_items, [this](Result<ItemsAndDepartments, PlatformError> reply) {
        if (!reply) return host_.platform_error(reply.error(), [this] { load_items(); });
        items_ = item_choices(reply->items.items, reply->departments);
        page_ = 0;
        host_.show(screen::appointments_items);
    });
}

void AppointmentFlow::choose_item(std::string_view code) {
    host_.ask(
        "wait.item", [code = std::string{code}](PlatformClient& client) { return client.item(code); },
        [this, code = std::string{code}](Result<Item, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, code] { choose_item(code); });
            item_ = std::move(*reply);
            // This kiosk's own hall first: most people book where they stand.
            std::stable_partition(item_->halls.begin(), item_->halls.end(), [this](const ItemHall& h) {
                return h.hall_code == host_.settings().terminal_hall;
            });
            page_ = 0;
            host_.show(screen::appointments_halls);
        });
}

void AppointmentFlow::choose_hall(std::string_view code) {
    if (!item_) return;
    const auto served = std::any_of(item_->halls.begin(), item_->halls.end(),
                                    [code](const ItemHall& h) { return h.hall_code == code; });
    if (!served) return;
    hall_code_ = std::string{code};
    host_.ask(
        "wait.days",
        [hall = hall_code_, item = item_->summary.code, from = host_.today()](PlatformClient& client) {
            return client.bookable_days(hall, item, from, kBookableDaysShown);
        },
        [this](Result<BookableDays, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, hall = hall_code_] { choose_hall(hall); });
            days_ = std::move(*reply);
            page_ = 0;
            host_.show(screen::appointments_days);
        });
}

void AppointmentFlow::choose_day(std::string_view date) {
    if (!days_) return;
    auto parsed = parse_iso_date(date);
    const auto listed = parsed && std::any_of(days_->days.begin(), days_->days.end(), [&](const BookableDay& d) {
                            return d.date == *parsed && d.places_left > 0;
                        });
    if (!listed) return;
    slots_ = SlotDay{};
    slots_->date = *parsed;
    load_slots(false);
}

// After a conflict (the place was taken, or the slot began meanwhile) the refreshed slots are
// shown with a message saying what happened.
void AppointmentFlow::load_slots(bool after_conflict) {
    if (!item_ || !slots_) return;
    host_.ask(
        "wait.slots",
        [hall = hall_code_, item = item_->summary.code, date = slots_->date](PlatformClient& client) {
            return client.slots(hall, item, date);
        },
        [this, after_conflict](Result<SlotDay, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, after_conflict] { load_slots(after_conflict); });
            slots_ = std::move(*reply);
            slot_.reset();
            page_ = 0;
            host_.show(screen::appointments_slots);
            if (after_conflict) host_.show_error(slot_taken_panel());
        });
}

// By its start time ("09:30"): the row key people and scripts can read.
void AppointmentFlow::choose_slot(std::string_view start) {
    if (!slots_) return;
    for (const auto& slot : slots_->slots) {
        if (slot.start != start || !slot.bookable || slot.places_left <= 0) continue;
        slot_ = slot;
        booking_key_ = OperationKey::fresh();  // a new choice is a new booking
        return host_.show(screen::appointments_confirm);
    }
}

void AppointmentFlow::book() {
    if (!slot_) return;
    log_event(LogLevel::info, "core.booking.sent", {{"slot", std::to_string(slot_->id)}});
    host_.ask(
        "wait.booking",
        [slot = slot_->id, key = booking_key_](PlatformClient& client) { return client.book(slot, key); },
        [this](Result<Appointment, PlatformError> reply) { on_booked(std::move(reply)); });
}

void AppointmentFlow::on_booked(Result<Appointment, PlatformError> reply) {
    if (!reply) {
        const auto& code = reply.error().code;
        log_event(LogLevel::info, "core.booking.failed", {{"error", summary(reply.error())}});
        if (code == "slot_full" || code == "slot_in_past") return load_slots(true);
        if (code == "applicant_blacklisted") return host_.show_error(booking_blocked_panel());
        return host_.platform_error(reply.error(), [this] { book(); });  // same key: never twice
    }
    log_event(LogLevel::info, "core.booking.booked", {{"code", reply->code}});
    booked_ = std::move(*reply);
    host_.show(screen::appointments_booked);
    print_slip(*booked_);
}

ScreenData AppointmentFlow::view() const {
    const auto& s = host_.screen();
    const auto now = host_.now();
    const auto item_names = [this](auto& v) {
        if (!item_) return;
        v.item_zh = item_->summary.name_zh;
        v.item_en = item_->summary.name_en;
    };
    const auto hall_names = [this](auto& v) {
        if (!item_) return;
        for (const auto& h : item_->halls)
            if (h.hall_code == hall_code_) {
                v.hall_zh = h.name_zh;
                v.hall_en = h.name_en;
            }
    };
    if (s == screen::appointments_detail && detail_)
        return AppointmentDetailView{summary_of(*detail_, now), detail_->qr_payload, confirming_cancel_, just_cancelled_};
    if (s == screen::appointments_items) return BookingItemsView{items_, page_};
    if (s == screen::appointments_halls) {
        BookingHallsView v;
        item_names(v);
        if (item_)
            for (const auto& h : item_->halls)
                v.halls.push_back({h.hall_code, h.name_zh, h.name_en, h.hall_code == host_.settings().terminal_hall,
                                   h.slot_minutes});
        v.page = page_;
        return v;
    }
    if (s == screen::appointments_days) {
        BookingDaysView v;
        item_names(v);
        hall_names(v);
        if (days_)
            for (const auto& d : days_->days)
                if (d.places_left > 0) v.days.push_back({format_iso_date(d.date), d.weekday, d.places_left});
        v.page = page_;
        return v;
    }
    if (s == screen::appointments_slots) {
        BookingSlotsView v;
        item_names(v);
        hall_names(v);
        if (slots_) {
            v.date = format_iso_date(slots_->date);
            v.weekday = static_cast<int>(iso_weekday(slots_->date));
            for (const auto& slot : slots_->slots)
                v.slots.push_back({slot.id, slot.start, slot.end, slot.places_left, slot.bookable && slot.places_left > 0});
        }
        v.page = page_;
        return v;
    }
    if (s == screen::appointments_confirm && slots_ && slot_) {
        BookingConfirmView v;
        item_names(v);
        hall_names(v);
        v.date = format_iso_date(slots_->date);
        v.weekday = static_cast<int>(iso_weekday(slots_->date));
        v.start = slot_->start;
        v.end = slot_->end;
        v.no_show_rule_zh = slots_->no_show_rule_zh;
        v.no_show_rule_en = slots_->no_show_rule_en;
        return v;
    }
    if (s == screen::appointments_booked && booked_)
        return BookingDoneView{summary_of(*booked_, now), booked_->qr_payload, booked_->no_show_rule_zh,
                               booked_->no_show_rule_en};
    AppointmentsView v;
    for (const auto& a : mine_) v.appointments.push_back(summary_of(a, now));
    v.page = page_;
    return v;
}

void AppointmentFlow::wipe() {
    for (auto& a : mine_) secure_wipe(a.qr_payload);
    mine_.clear();
    if (detail_) secure_wipe(detail_->qr_payload);
    detail_.reset();
    if (booked_) secure_wipe(booked_->qr_payload);
    booked_.reset();
    confirming_cancel_ = just_cancelled_ = false;
    items_.clear();
    item_.reset();
    hall_code_.clear();
    days_.reset();
    slots_.reset();
    slot_.reset();
    page_ = 0;
}

std::vector<std::string> AppointmentFlow::personal_data() const {
    std::vector<std::string> held;
    if (!mine_.empty()) held.emplace_back("appointments.list");
    if (detail_) held.emplace_back("appointments.detail");
    if (booked_) held.emplace_back("appointments.booked");
    return held;
}

}  // namespace nanhai::kiosk::core
