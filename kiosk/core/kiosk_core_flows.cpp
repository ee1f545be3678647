// KioskCore as the flows' host (flow.hpp): navigation between flows, the error panel with a
// flow's retry, platform calls posted for a flow, the print panels, receipt context.
#include "common/log.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {

std::optional<int> page_intent(const Intent& intent, std::string_view list) {
    if (intent.widget.size() != list.size() + 5 || !intent.widget.starts_with(list) ||
        !intent.widget.ends_with(".page"))
        return std::nullopt;
    int page = 0;
    for (char c : intent.value) {
        if (c < '0' || c > '9' || page > 100000) return std::nullopt;
        page = page * 10 + (c - '0');
    }
    if (intent.value.empty()) return std::nullopt;
    return page;
}

void KioskCore::show(std::string_view screen) { screen_ = std::string{screen}; }

// Without a session, going back to the menu is where an anonymous citizen's visit ends: what
// the flows held (a ticket, a case) is wiped as at any session end.
void KioskCore::show_menu() {
    if (session_) return show(screen::signed_in);
    end_session(SessionEnd::finished);
}

Flow* KioskCore::flow_for(std::string_view screen) const {
    for (Flow* flow : flows_)
        if (flow->owns(screen)) return flow;
    return nullptr;
}

void KioskCore::open(std::string_view screen, std::string_view value) {
    if (Flow* flow = flow_for(screen)) return flow->open(screen, value);
    show(screen);
}

void KioskCore::open_after_sign_in(std::string_view screen, std::string_view value) {
    if (session_) return open(screen, value);
    sign_in_.then_screen = std::string{screen};
    sign_in_.then_value = std::string{value};
    show(screen::sign_in);
}

void KioskCore::show_error(ErrorPanel panel, std::function<void()> retry) {
    const bool with_retry = panel.retry_possible && retry;
    show_error(std::move(panel), with_retry ? RetryAction::flow : RetryAction::none);
    if (with_retry) retry_flow_ = std::move(retry);
}

void KioskCore::platform_error(const PlatformError& error, std::function<void()> retry) {
    note_platform_error(error);
    if (error.kind == PlatformErrorKind::session_expired && session_) return expire_session();
    show_error(panel_for(error), std::move(retry));
}

void KioskCore::post_request(std::string_view waiting_for_key, Work work) {
    ask_platform(waiting_for_key, std::move(work), [](Continuation then) {
        if (then) then();
    });
}

receipts::ReceiptContext KioskCore::receipt_context() const {
    receipts::ReceiptContext context;
    context.language = receipts::language_from(language_);
    context.terminal_id = settings_.terminal_id;
    context.printed_at = std::chrono::time_point_cast<std::chrono::seconds>(clock_.now());
    if (session_) context.applicant_masked = session_->applicant().masked_name;
    return context;
}

// The print panels' buttons; false for any other intent.
bool KioskCore::handle_print(const Intent& intent) {
    if (intent.widget == widget::print_wait) print_.keep_waiting();
    else if (intent.widget == widget::print_use_qr) print_.use_qr_instead();
    else if (intent.widget == widget::print_dismiss) print_.dismiss();
    else return false;
    return true;
}

}  // namespace nanhai::kiosk::core
