// Which panel each failure shows.
#include "kiosk/core/error_panels.hpp"

namespace nanhai::kiosk::core {
namespace {

ErrorPanel make(std::string title, std::string action, bool retry) {
    ErrorPanel panel;
    panel.title_key = std::move(title);
    panel.action_key = std::move(action);
    panel.retry_possible = retry;
    return panel;
}

// A refusal the citizen can act on gets its own title; the rest show the platform's text.
ErrorPanel refusal_panel(const PlatformError& error) {
    ErrorPanel panel;
    if (error.code == "id_card_expired") {
        panel = card_expired_panel();
    } else if (error.code == "not_found") {
        panel = make("error.not_found", "action.check_input", false);
    } else {
        // 5xx and 429 pass with time; other refusals will not change by repeating them.
        bool transient = error.http_status >= 500 || error.http_status == 429;
        panel = make("error.platform_refused", transient ? "action.retry_later" : "action.ask_staff",
                     transient);
    }
    panel.platform_code = error.code;
    panel.platform_message_zh = error.message_zh;
    panel.platform_message_en = error.message_en;
    return panel;
}

std::string_view approval_code_error_key(ApprovalCodeError error) {
    switch (error) {
        case ApprovalCodeError::wrong_length: return "wrong_length";
        case ApprovalCodeError::bad_character: return "bad_character";
        case ApprovalCodeError::wrong_area: return "wrong_area";
        case ApprovalCodeError::bad_date: return "bad_date";
        case ApprovalCodeError::bad_check_character: return "bad_check_character";
    }
    return "bad_character";
}

}  // namespace

ErrorPanel panel_for(const PlatformError& error) {
    switch (error.kind) {
        case PlatformErrorKind::network:
            return make("error.platform_unreachable", "action.retry_or_ask_staff", true);
        case PlatformErrorKind::platform: return refusal_panel(error);
        case PlatformErrorKind::malformed_response:
            return make("error.platform_fault", "action.retry_or_ask_staff", true);
        case PlatformErrorKind::session_expired:
            return make("error.session_expired", "action.sign_in_again", false);
        case PlatformErrorKind::invalid_input:
            if (error.approval_code_error) return panel_for(*error.approval_code_error);
            return make("error.invalid_input", "action.check_input", false);
    }
    return make("error.platform_fault", "action.ask_staff", false);
}

ErrorPanel panel_for(ApprovalCodeError error) {
    return make("error.approval_code." + std::string{approval_code_error_key(error)},
                "action.check_code", false);
}

ErrorPanel panel_for_card_read(const hal::DeviceError& error) {
    if (error.kind == hal::DeviceErrorKind::card_expired) return card_expired_panel();
    if (error.kind == hal::DeviceErrorKind::card_blocked)
        return make("error.card_blocked", "action.ask_staff", false);
    if (error.kind == hal::DeviceErrorKind::pin_blocked) return make("error.pin_blocked", "action.unblock_pin", false);
    if (error.kind == hal::DeviceErrorKind::certificate_untrusted)
        return make("error.certificate_untrusted", "action.use_other_sign_in", false);
    return make("error.card_unreadable", "action.place_card_again", false);
}

ErrorPanel card_expired_panel() { return make("error.card_expired", "action.renew_card", false); }

ErrorPanel card_unsupported_panel() {
    return make("error.card_unsupported", "action.use_identity_card", false);
}

ErrorPanel bad_credential_panel() {
    return make("error.card_unreadable", "action.place_card_again", false);
}

ErrorPanel code_unknown_panel() { return make("error.code_unknown", "action.scan_case_code", false); }

ErrorPanel code_not_identity_panel() {
    return make("error.code_not_identity", "action.show_identity_qr", false);
}

}  // namespace nanhai::kiosk::core
