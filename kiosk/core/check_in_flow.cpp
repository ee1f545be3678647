// The check-in flow (see check_in_flow.hpp).
#include "kiosk/core/check_in_flow.hpp"

#include "common/log.hpp"
#include "kiosk/core/appointment_summary.hpp"
#include "kiosk/core/core_settings.hpp"
#include "kiosk/core/keypad_entry.hpp"
#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/scanned_code.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {

bool CheckInFlow::owns(std::string_view s) const { return s == screen::check_in || s == screen::check_in_ticket; }

void CheckInFlow::open(std::string_view, std::string_view value) {
    typed_.clear();
    ticket_.reset();
    page_ = 0;
    host_.show(screen::check_in);
    if (!value.empty()) return check_in_by_qr(std::string{value});
    if (host_.session()) load_today();
}

bool CheckInFlow::handle(const Intent& intent) {
    const auto& w = intent.widget;
    if (host_.screen() == screen::check_in_ticket) {
        if (w == "check_in.print" && ticket_) {
            host_.print_desk().print(receipts::queue_ticket(*ticket_, host_.receipt_context()), ticket_->ticket);
            return true;
        }
        if (w == "check_in.done") return host_.show_menu(), true;
        return false;
    }
    if (host_.screen() != screen::check_in) return false;
    if (auto page = page_intent(intent, "check_in.list")) return page_ = *page, true;
    if (w == "check_in.list") return check_in_by_code(intent.value), true;
    if (w == "check_in.sign_in") return host_.open_after_sign_in(screen::check_in), true;
    if (w == widget::keypad_ok) {
        if (typed_.size() == kAppointmentDigits) check_in_by_code("YY" + typed_);
        return true;
    }
    return apply_keypad_edit(typed_, intent, {kAppointmentDigits, false});
}

bool CheckInFlow::back() { return false; }

bool CheckInFlow::on_scan(const std::string& payload) {
    if (host_.screen() != screen::check_in) return false;
    const auto scanned = classify_scan(payload);
    if (scanned.kind != ScannedKind::appointment_slip) return false;
    check_in_by_qr(payload);
    return true;
}

void CheckInFlow::load_today() {
    host_.ask(
        "wait.appointments", [](PlatformClient& client) { return client.appointments({1, 50}); },
        [this](Result<Page<Appointment>, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { load_today(); });
            today_.clear();
            const Date today = host_.today();
            for (auto& a : reply->items)
                if (a.status == "booked" && a.date == today && a.hall.code == host_.settings().terminal_hall)
                    today_.push_back(std::move(a));
        });
}

void CheckInFlow::check_in_by_code(std::string code) {
    key_ = OperationKey::fresh();
    host_.ask(
        "wait.check_in", [code, key = key_](PlatformClient& client) { return client.check_in_by_code(code, key); },
        [this, code](Result<CheckIn, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, code] { check_in_by_code(code); });
            on_checked_in(std::move(reply));
        });
}

void CheckInFlow::check_in_by_qr(std::string payload) {
    key_ = OperationKey::fresh();
    host_.ask(
        "wait.check_in",
        [payload, key = key_](PlatformClient& client) { return client.check_in_by_qr(payload, key); },
        [this, payload](Result<CheckIn, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, payload] { check_in_by_qr(payload); });
            on_checked_in(std::move(reply));
        });
}

void CheckInFlow::on_checked_in(Result<CheckIn, PlatformError> reply) {
    log_event(LogLevel::info, "core.check_in.done", {{"ticket", reply->ticket}});
    typed_.clear();
    ticket_ = std::move(*reply);
    host_.show(screen::check_in_ticket);
    host_.print_desk().print(receipts::queue_ticket(*ticket_, host_.receipt_context()), ticket_->ticket);
}

ScreenData CheckInFlow::view() const {
    if (host_.screen() == screen::check_in_ticket && ticket_) {
        const auto& t = *ticket_;
        return QueueTicketView{t.ticket, t.appointment_code, t.item.name_zh, t.item.name_en, t.hall.name_zh,
                               t.hall.name_en, format_iso_date(t.date), t.start, t.end, t.waiting_ahead};
    }
    CheckInView v;
    v.typed = typed_;
    v.length = kAppointmentDigits;
    v.complete = typed_.size() == kAppointmentDigits;
    v.signed_in = host_.session() != nullptr;
    for (const auto& a : today_) v.today.push_back(summary_of(a, host_.now()));
    v.page = page_;
    return v;
}

void CheckInFlow::wipe() {
    typed_.clear();
    for (auto& a : today_) secure_wipe(a.qr_payload);
    today_.clear();
    ticket_.reset();
    page_ = 0;
}

std::vector<std::string> CheckInFlow::personal_data() const {
    std::vector<std::string> held;
    if (!today_.empty()) held.emplace_back("check_in.today");
    if (ticket_) held.emplace_back("check_in.ticket");
    return held;
}

}  // namespace nanhai::kiosk::core
