// KioskCore: a case by its unified approval code (art. 11), typed on the keypad or scanned.
// The code's form and check character are verified locally before any network call; the
// answer is the public view, or the owner's details when the owner is signed in.
#include "common/approval_code.hpp"
#include "common/log.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {

bool KioskCore::handle_case_query(const Intent& intent) {
    const auto& w = intent.widget;
    if (screen_ == screen::case_timeline && w == widget::case_another) {
        case_ = {};
        show(screen::case_query);
        return true;
    }
    if (screen_ != screen::case_query) return false;
    if (w == widget::keypad_ok) return look_up_case(case_.typed), true;
    if (w == widget::case_code) return look_up_case(intent.value), true;
    if (w == widget::keypad_delete) {
        if (!case_.typed.empty()) case_.typed.pop_back();
    } else if (w == widget::keypad_clear) {
        case_.typed.clear();
    } else if (w.starts_with(widget::keypad_prefix)) {
        press_key(std::string_view{w}.substr(widget::keypad_prefix.size()));
    } else {
        return false;
    }
    return true;
}

void KioskCore::press_key(std::string_view key) {
    bool digit = key.size() == 1 && ((key[0] >= '0' && key[0] <= '9') || key[0] == 'X');
    if (digit && case_.typed.size() < kApprovalCodeLength) case_.typed += key;
}

void KioskCore::look_up_case(std::string_view text) {
    drop_error();
    auto code = parse_approval_code(text);
    if (!code) {
        log_event(LogLevel::info, "core.case.code_refused", {{"problem", std::string{describe(code.error())}}});
        return show_error(panel_for(code.error()));
    }
    case_.typed = code->code;
    send_case_lookup();
}

void KioskCore::send_case_lookup() {
    ask_platform(
        "wait.case",
        [code = case_.typed](PlatformClient& client) { return client.case_by_approval_code(code); },
        [this](Result<CaseView, PlatformError> reply) { on_case_reply(std::move(reply)); });
}

void KioskCore::on_case_reply(Result<CaseView, PlatformError> reply) {
    if (!reply) return platform_error(reply.error(), RetryAction::case_lookup);
    case_.result = std::move(*reply);
    show(screen::case_timeline);
}

}  // namespace nanhai::kiosk::core
