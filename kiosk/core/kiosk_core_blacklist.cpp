// KioskCore: the blacklist notice and appeal (art. 25): why the applicant is blocked, what is
// blocked, the appeal deadline and the working days left; a statement picked from presets or
// typed, sent once (its OperationKey is reused by retry), and the confirmation.
#include "common/log.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "kiosk/core/screen_views.hpp"

namespace nanhai::kiosk::core {

bool KioskCore::handle_blacklist(const Intent& intent) {
    const auto& w = intent.widget;
    if (screen_ == screen::blacklist_notice) {
        if (w == widget::blacklist_appeal) return open_appeal(intent.value), true;
        if (w == widget::blacklist_continue) return continue_to_menu(), true;
    } else if (screen_ == screen::blacklist_appeal) {
        if (w == widget::appeal_preset) return choose_preset(intent.value), true;
        if (w == widget::appeal_statement) return set_statement(intent.value), true;
        if (w == widget::appeal_submit) return submit_appeal(), true;
        if (w == widget::appeal_cancel) return show(screen::blacklist_notice), true;
    } else if (screen_ == screen::blacklist_appeal_filed) {
        if (w == widget::appeal_done) return load_blacklist(), true;
    }
    return false;
}

void KioskCore::load_blacklist() {
    ask_platform(
        "wait.blacklist", [](PlatformClient& client) { return client.blacklist(); },
        [this](Result<BlacklistStatus, PlatformError> reply) { on_blacklist_reply(std::move(reply)); });
}

void KioskCore::on_blacklist_reply(Result<BlacklistStatus, PlatformError> reply) {
    if (!reply) return platform_error(reply.error(), RetryAction::blacklist);
    if (!session_) return;
    session_->set_blacklist(std::move(*reply));
    show(screen::blacklist_notice);
}

void KioskCore::open_appeal(std::string_view entry_id) {
    if (!session_) return;
    for (const auto& entry : session_->blacklist().entries) {
        if (std::to_string(entry.id) != entry_id || !entry.can_appeal) continue;
        appeal_.statement.clear();
        appeal_ = AppealFlow{};
        appeal_.entry_id = entry.id;
        show(screen::blacklist_appeal);
        return;
    }
    log_event(LogLevel::info, "core.appeal.not_open", {{"entry", std::string{entry_id}}});
}

void KioskCore::choose_preset(std::string_view id) {
    auto statement = preset_statement(id);
    if (statement.empty()) return;
    appeal_.preset = std::string{id};
    appeal_.statement = SecureString{statement};
}

void KioskCore::set_statement(std::string_view text) {
    appeal_.preset.clear();
    appeal_.statement = SecureString{text};
}

void KioskCore::submit_appeal() {
    auto length = character_count(appeal_.statement.view());
    if (length == 0 || length > kAppealMaxCharacters) return;
    ask_platform(
        "wait.appeal",
        [id = appeal_.entry_id, statement = appeal_.statement, key = appeal_.key](PlatformClient& client) {
            return client.appeal_blacklisting(id, statement.view(), key);
        },
        [this](Result<Appeal, PlatformError> reply) { on_appeal_reply(std::move(reply)); });
}

void KioskCore::on_appeal_reply(Result<Appeal, PlatformError> reply) {
    if (!reply) return platform_error(reply.error(), RetryAction::appeal);
    log_event(LogLevel::info, "core.appeal.filed", {{"appeal", std::to_string(reply->id)}});
    appeal_.statement.clear();
    appeal_.filed = std::move(*reply);
    show(screen::blacklist_appeal_filed);
}

BlacklistAppealView KioskCore::appeal_view() const {
    BlacklistAppealView view;
    if (session_)
        for (const auto& entry : session_->blacklist().entries)
            if (entry.id == appeal_.entry_id) view.entry = entry_view(entry);
    view.presets = appeal_presets();
    view.selected_preset = appeal_.preset;
    view.statement = appeal_.statement.str();
    view.max_length = kAppealMaxCharacters;
    auto length = character_count(view.statement);
    view.can_submit = length > 0 && length <= kAppealMaxCharacters;
    return view;
}

}  // namespace nanhai::kiosk::core
