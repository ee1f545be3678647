// KioskCore: construction, dispatch of device events and intents, the clock tick, the shared
// parts of the view. The flows live in kiosk_core_<flow>.cpp.
#include "kiosk/core/kiosk_core.hpp"

#include "common/log.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "kiosk/core/screen_views.hpp"

namespace nanhai::kiosk::core {

CoreSettings core_settings(const KioskConfig& config) {
    CoreSettings settings{config.session, config.ui.language, config.ui.elder_mode, config.terminal.id, config.terminal.hall};
    for (const auto& [service, needs] : config.services) {  // names checked by the config loader
        std::vector<Component> components;
        for (const auto& name : needs)
            if (auto c = parse_component(name)) components.push_back(*c);
        settings.services[service] = std::move(components);
    }
    return settings;
}

std::string_view to_string(SessionEnd reason) {
    switch (reason) {
        case SessionEnd::finished: return "finished";
        case SessionEnd::card_removed: return "card_removed";
        case SessionEnd::inactivity: return "inactivity";
        case SessionEnd::cancelled: return "cancelled";
        case SessionEnd::session_expired: return "session_expired";
    }
    return "finished";
}

KioskCore::KioskCore(PlatformClient& client, TaskRunner& runner, const CoreClock& clock,
                     CoreSettings settings, hal::ReceiptPrinter* printer,
                     hal::CertificateReader* certificates)
    : client_{client},
      runner_{runner},
      clock_{clock},
      settings_{std::move(settings)},
      availability_{settings_.services},
      timer_{std::chrono::seconds{settings_.session.inactivity_seconds},
             std::chrono::seconds{settings_.session.countdown_seconds}},
      screen_{screen::home},
      language_{settings_.language},
      elder_mode_{settings_.elder_mode},
      print_{printer},
      certificates_{certificates} {
    refresh_view();
}

// Whatever is still queued must not outlive the core: the app stops its runner and drains
// its queue first. Only wiping is left to do here.
KioskCore::~KioskCore() { wipe_flows(); }

void KioskCore::handle(const hal::DeviceEvent& event) {
    if (const auto* placed = std::get_if<hal::CardPlaced>(&event)) {
        note_activity();
        on_card_placed(*placed);
    } else if (std::holds_alternative<hal::CardRemoved>(event)) {
        on_card_removed();
    } else if (const auto* failed = std::get_if<hal::CardReadFailed>(&event)) {
        note_activity();
        on_card_read_failed(*failed);
    } else if (const auto* pin = std::get_if<hal::PinRequired>(&event)) {
        note_activity();
        on_pin_required(*pin);
    } else if (const auto* rejected = std::get_if<hal::PinRejected>(&event)) {
        note_activity();
        on_pin_rejected(*rejected);
    } else if (const auto* scanned = std::get_if<hal::CodeScanned>(&event)) {
        note_activity();
        on_code_scanned(*scanned);
    } else if (print_.on_event(event)) {
        note_activity();  // a receipt coming out is the citizen's business: not idle
    }
    sync_timer();
    refresh_view();
}

void KioskCore::handle(const Intent& intent) {
    // The value may be something the citizen typed: never logged.
    log_event(LogLevel::debug, "core.intent", {{"widget", intent.widget}, {"screen", screen_}});
    if (!handle_global(intent) && !handle_modal(intent)) {
        note_activity();
        handle_screen_intent(intent);
    }
    sync_timer();
    refresh_view();
}

void KioskCore::handle_screen_intent(const Intent& intent) {
    if (intent.widget == widget::error_retry) return retry();
    drop_error();  // any other step leaves the error panel behind
    if (intent.widget == widget::error_dismiss) return;
    if (handle_print(intent)) return;
    print_.dismiss();  // "take your receipt" goes away with the next step
    if (handle_navigation(intent) || handle_sign_in(intent) || handle_pin(intent) || handle_blacklist(intent)) return;
    if (Flow* flow = flow_for(screen_); flow && flow->handle(intent)) return;
    log_event(LogLevel::debug, "core.intent.ignored", {{"widget", intent.widget}, {"screen", screen_}});
}

void KioskCore::tick(CoreTime now) {
    if (timer_.update(now) == InactivityTimer::Phase::expired) end_session(SessionEnd::inactivity);
    refresh_view();
    view_.countdown_seconds = timer_.seconds_left(now);
}

// Language, elder mode, the countdown's "continue" and "finish" work on every screen, also
// over the countdown and while waiting.
bool KioskCore::handle_global(const Intent& intent) {
    if (intent.widget == widget::language) {
        if (intent.value == "zh-CN" || intent.value == "en") language_ = intent.value;
    } else if (intent.widget == widget::elder_mode) {
        elder_mode_ = intent.value.empty() ? !elder_mode_ : intent.value == "on";
    } else if (intent.widget == widget::countdown_continue) {
        if (timer_.phase() == InactivityTimer::Phase::counting_down) timer_.activity(clock_.now());
    } else if (intent.widget == widget::finish) {
        if (screen_ != screen::home || session_ || busy_ || error_) end_session(SessionEnd::finished);
    } else {
        return false;
    }
    return true;
}

// The countdown is modal, so is a print panel, and while waiting for the platform only
// cancelling makes sense.
bool KioskCore::handle_modal(const Intent& intent) {
    if (timer_.phase() == InactivityTimer::Phase::counting_down) return true;
    if (print_.modal()) {
        note_activity();
        handle_print(intent);
        return true;
    }
    if (!busy_) return false;
    bool leave = intent.widget == widget::sign_in_cancel || intent.widget == widget::back;
    if (!leave) return true;
    if (session_) {
        abandon_wait();
        show_menu();
    } else {
        end_session(SessionEnd::cancelled);  // also drops a sign-in under way
    }
    return true;
}

// Back goes one step back inside a flow, and to the menu from a flow's first screen; home goes
// to the menu at once. Leaving for the menu without a session wipes what the flow held.
bool KioskCore::handle_navigation(const Intent& intent) {
    const bool back = intent.widget == widget::back;
    if (back || intent.widget == widget::home) {
        if (Flow* flow = flow_for(screen_); back && flow && flow->back()) return true;
        if (session_)
            show_menu();
        else if (screen_ != screen::home)
            end_session(SessionEnd::cancelled);
        return true;
    }
    if (screen_ != screen::home && screen_ != screen::signed_in) return false;
    auto target = menu_target(intent.widget);
    if (target.empty() || (session_ && target == screen::sign_in)) return false;
    if (refuse_unavailable(intent.widget)) return true;
    if (menu_needs_sign_in(intent.widget) && !session_) {
        if (intent.widget == widget::home_blacklist) return false;
        open_after_sign_in(target);
    } else if (intent.widget == widget::home_blacklist) {
        load_blacklist();
    } else {
        open(target);
    }
    return true;
}

void KioskCore::retry() {
    if (!error_ || !error_->retry_possible) return;
    auto action = retry_;
    error_.reset();
    retry_ = RetryAction::none;
    switch (action) {
        case RetryAction::sign_in: return send_sign_in();
        case RetryAction::blacklist: return load_blacklist();
        case RetryAction::appeal: return submit_appeal();
        case RetryAction::flow: {
            auto again = std::move(retry_flow_);
            retry_flow_ = nullptr;
            if (again) again();
            return;
        }
        case RetryAction::none: return;
    }
}

void KioskCore::drop_error() {
    if (retry_ == RetryAction::sign_in) sign_in_.pending.reset();  // not repeated: wipe it
    error_.reset();
    retry_ = RetryAction::none;
    retry_flow_ = nullptr;
}

void KioskCore::show_error(ErrorPanel panel, RetryAction retry) {
    retry_ = panel.retry_possible ? retry : RetryAction::none;
    if (retry_ != RetryAction::flow) retry_flow_ = nullptr;
    error_ = std::move(panel);
}

void KioskCore::note_activity() {
    if (timer_.phase() != InactivityTimer::Phase::off) timer_.activity(clock_.now());
}

// The idle home screen has nothing to time out; everything else does.
void KioskCore::sync_timer() {
    bool idle = screen_ == screen::home && !session_ && !busy_ && !error_ && !print_.view();
    if (idle)
        timer_.disarm();
    else if (timer_.phase() == InactivityTimer::Phase::off)
        timer_.arm(clock_.now());
}

void KioskCore::refresh_view() {
    view_.screen = screen_;
    view_.language = language_;
    view_.elder_mode = elder_mode_;
    view_.busy = busy_ ? std::optional<BusyIndicator>{BusyIndicator{*busy_}} : std::nullopt;
    view_.error = error_;
    view_.countdown_seconds = timer_.seconds_left(clock_.now());
    view_.applicant = session_ ? std::optional<ApplicantBadge>{badge_of(session_->applicant())}
                               : std::nullopt;
    view_.print = print_.view();
    view_.notices = notices();
    view_.data = screen_data();
}

ScreenData KioskCore::screen_data() const {
    if (screen_ == screen::sign_in) return SignInView{sign_in_methods(), sign_in_.then_screen};
    if (screen_ == screen::sign_in_pin) return pin_view();
    if (screen_ == screen::signed_in && session_)
        return SignedInView{with_availability(signed_in_menu()), session_->services_unlocked(),
                            session_->blacklist().blacklisted};
    if (screen_ == screen::blacklist_notice && session_) return notice_view(session_->blacklist());
    if (screen_ == screen::blacklist_appeal) return appeal_view();
    if (screen_ == screen::blacklist_appeal_filed && appeal_.filed)
        return AppealFiledView{appeal_.filed->id, appeal_.filed->status,
                               format_iso_instant(appeal_.filed->filed_at)};
    if (screen_ == screen::home) return HomeView{with_availability(anonymous_menu())};
    if (const Flow* flow = flow_for(screen_)) return flow->view();
    return PlaceholderView{"menu." + screen_};
}

void deliver(AppMessage message, KioskCore& core) {
    if (auto* event = std::get_if<hal::DeviceEvent>(&message)) {
        core.handle(*event);
    } else if (auto& continuation = std::get<Continuation>(message)) {
        continuation();
    }
}

}  // namespace nanhai::kiosk::core
