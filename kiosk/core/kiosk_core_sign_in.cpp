// KioskCore: the sign-in flow (art. 7). A resident ID card, a mobile identity QR or an
// enterprise certificate card is checked locally (an expired card never reaches the network),
// then sent to the platform with an OperationKey kept for "retry"; success opens the session
// and leads to the blacklist notice when the applicant is blacklisted (art. 25). A PC/SC
// certificate card first asks for its PIN (sign_in.pin): the digits stay here until they go
// to the reader, and the card's CardPlaced then signs in like any other card.
#include "common/log.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/keypad_entry.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/scanned_code.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {

bool KioskCore::handle_sign_in(const Intent& intent) {
    if (screen_ != screen::sign_in) return false;
    if (intent.widget != widget::sign_in_cancel) return false;
    end_session(SessionEnd::cancelled);
    return true;
}

// Signing in makes sense from the menus, the sign-in screens and check-in (today's bookings).
bool KioskCore::accepts_sign_in() const {
    return !session_ && !busy_ &&
           (screen_ == screen::home || screen_ == screen::sign_in || screen_ == screen::sign_in_pin ||
            screen_ == screen::check_in);
}

// The PIN's digits are never logged, never in the view, and wiped once they are handed to
// the reader.
bool KioskCore::handle_pin(const Intent& intent) {
    if (screen_ != screen::sign_in_pin) return false;
    if (intent.widget == widget::sign_in_cancel || intent.widget == widget::back) {
        end_session(SessionEnd::cancelled);
        return true;
    }
    if (!pin_.active || pin_.checking) return true;
    if (intent.widget == widget::keypad_ok) {
        const std::size_t n = pin_.typed.view().size();
        if (n < 6 || !certificates_) return true;
        pin_.checking = true;
        pin_.rejected = false;
        certificates_->submit_pin(std::move(pin_.typed));
        pin_.typed.clear();
        return true;
    }
    std::string typed = pin_.typed.str();
    if (apply_keypad_edit(typed, intent, KeypadRules{8, false})) pin_.typed = typed;
    nanhai::secure_wipe(typed);
    return true;
}

SignInPinView KioskCore::pin_view() const {
    const std::size_t n = pin_.typed.view().size();
    return SignInPinView{pin_.holder, pin_.tries_left, n, n >= 6, pin_.rejected, pin_.checking};
}

// The card is trusted and wants its PIN. A technician card belongs to the diagnostics mode,
// not to a citizen's sign-in: it is refused before its PIN is asked.
void KioskCore::on_pin_required(const hal::PinRequired& event) {
    if (!accepts_sign_in()) {
        log_event(LogLevel::info, "core.card.ignored", {{"screen", screen_}});
        return;
    }
    drop_error();
    if (screen_ == screen::check_in) sign_in_.then_screen = std::string{screen::check_in};
    if (event.role != hal::CertificateRole::enterprise) {
        show(screen::sign_in);
        return refuse_credential(CredentialProblem::unsupported);
    }
    pin_.clear();
    pin_.active = true;
    pin_.holder = event.holder;
    pin_.tries_left = event.tries_left;
    show(screen::sign_in_pin);
}

void KioskCore::on_pin_rejected(const hal::PinRejected& event) {
    if (!pin_.active) return;
    log_event(LogLevel::info, "core.sign_in.pin_rejected", {{"tries_left", std::to_string(event.tries_left)}});
    pin_.checking = false;
    pin_.rejected = true;
    pin_.tries_left = event.tries_left;
}

void KioskCore::on_card_placed(const hal::CardPlaced& event) {
    if (!accepts_sign_in()) {
        log_event(LogLevel::info, "core.card.ignored", {{"screen", screen_}});
        return;
    }
    drop_error();
    pin_.clear();
    if (screen_ == screen::check_in) sign_in_.then_screen = std::string{screen::check_in};
    show(screen::sign_in);
    auto credential = credential_from(event.document, local_date_at(clock_.now()));
    if (!credential) return refuse_credential(credential.error());
    start_sign_in(std::move(*credential));
}

void KioskCore::on_card_removed() {
    if (pin_.active) return end_session(SessionEnd::card_removed);  // the card left during its PIN
    bool card_session = session_ && signed_in_by_card_;
    bool card_pending = sign_in_.pending &&
                        !std::holds_alternative<MobileQrSignIn>(sign_in_.pending->credential);
    if (card_session || (card_pending && busy_)) return end_session(SessionEnd::card_removed);
    if (card_pending) drop_error();  // the failed card is gone: nothing left to retry with
}

void KioskCore::on_card_read_failed(const hal::CardReadFailed& event) {
    if (!accepts_sign_in()) return;
    pin_.clear();
    show(screen::sign_in);
    show_error(panel_for_card_read(event.error));
}

// A scan goes to the flow on screen first; on the menus it is routed by what it is: an
// identity QR signs in, a slip checks in, a receipt or an approval code opens the case.
void KioskCore::on_code_scanned(const hal::CodeScanned& event) {
    if (busy_ || print_.modal()) return;
    if (Flow* flow = flow_for(screen_); flow && flow->on_scan(event.payload)) return;
    const auto scanned = classify_scan(event.payload);
    if (scanned.kind == ScannedKind::identity_qr && accepts_sign_in()) {
        drop_error();
        if (screen_ == screen::check_in) sign_in_.then_screen = std::string{screen::check_in};
        show(screen::sign_in);
        return start_sign_in(MobileQrSignIn{SecureString{event.payload}});
    }
    if (screen_ == screen::sign_in) return show_error(code_not_identity_panel());
    if (screen_ != screen::home && screen_ != screen::signed_in) return;
    drop_error();
    switch (scanned.kind) {
        case ScannedKind::appointment_slip: return open(screen::check_in, event.payload);
        case ScannedKind::acceptance_receipt:
        case ScannedKind::approval_code: return open(screen::case_timeline, event.payload);
        case ScannedKind::identity_qr:
        case ScannedKind::unknown: return show_error(code_unknown_panel());
    }
}

void KioskCore::refuse_credential(CredentialProblem problem) {
    log_event(LogLevel::info, "core.sign_in.refused_locally",
              {{"problem", problem == CredentialProblem::expired       ? "expired"
                           : problem == CredentialProblem::unsupported ? "unsupported"
                                                                       : "malformed"}});
    switch (problem) {
        case CredentialProblem::expired: return show_error(card_expired_panel());
        case CredentialProblem::unsupported: return show_error(card_unsupported_panel());
        case CredentialProblem::malformed: return show_error(bad_credential_panel());
    }
}

void KioskCore::start_sign_in(SignInCredential credential) {
    sign_in_.pending.emplace(PendingSignIn{std::move(credential), OperationKey::fresh()});
    send_sign_in();
}

// The task gets its own copy of the credential (wiped with the task); the flow keeps one for
// retry until the platform has answered.
void KioskCore::send_sign_in() {
    if (!sign_in_.pending) return;
    platform_session_possible_ = true;
    log_event(LogLevel::info, "core.sign_in.sent",
              {{"method", std::string{method_of(sign_in_.pending->credential)}}});
    ask_platform(
        "wait.sign_in",
        [pending = *sign_in_.pending](PlatformClient& client) { return perform_sign_in(client, pending); },
        [this](Result<SessionInfo, PlatformError> reply) { on_sign_in_reply(std::move(reply)); });
}

void KioskCore::on_sign_in_reply(Result<SessionInfo, PlatformError> reply) {
    if (!reply) {
        log_event(LogLevel::info, "core.sign_in.failed", {{"error", summary(reply.error())}});
        platform_error(reply.error(), RetryAction::sign_in);
        if (!error_ || !error_->retry_possible) sign_in_.pending.reset();
        return;
    }
    auto pending = std::move(*sign_in_.pending);
    sign_in_.pending.reset();
    signed_in_by_card_ = !std::holds_alternative<MobileQrSignIn>(pending.credential);
    start_session(*reply, personal_identity(pending.credential));
    wipe(reply->applicant);
    wipe(reply->blacklist);
    after_sign_in();
}

void KioskCore::after_sign_in() {
    if (session_->blacklist().blacklisted) return show(screen::blacklist_notice);
    continue_to_menu();
}

// Where the citizen was going before signing in, or the applicant's menu.
void KioskCore::continue_to_menu() {
    if (!sign_in_.then_screen.empty()) {
        const std::string screen = std::move(sign_in_.then_screen);
        const std::string value = std::move(sign_in_.then_value);
        sign_in_.then_screen.clear();
        sign_in_.then_value.clear();
        return open(screen, value);
    }
    show(screen::signed_in);
}

// Sign-in and the blacklist: session_expired ends the session; the rest show their panel.
void KioskCore::platform_error(const PlatformError& error, RetryAction retry) {
    note_platform_error(error);
    if (error.kind == PlatformErrorKind::session_expired) {
        if (session_) return expire_session();
    }
    show_error(panel_for(error), retry);
}

}  // namespace nanhai::kiosk::core
