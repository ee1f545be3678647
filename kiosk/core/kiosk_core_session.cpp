// KioskCore: starting and ending a session, the background sign-out, wiping, and the
// inspection a test uses to prove nothing personal is left.
#include "common/log.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {

void KioskCore::start_session(const SessionInfo& info, PersonalIdentity personal) {
    session_.emplace(info, std::move(personal));
    auto inactivity = std::chrono::seconds{settings_.session.inactivity_seconds};
    // The platform drops an idle session by itself; our countdown must end before it does.
    if (auto idle = session_->platform_idle_timeout(); idle && *idle > timer_.countdown())
        inactivity = std::min(inactivity, *idle - timer_.countdown());
    timer_.set_inactivity(inactivity);
    log_event(LogLevel::info, "core.session.start",
              {{"method", info.applicant.auth_method},
               {"auth_level", std::to_string(info.applicant.auth_level)},
               {"blacklisted", info.blacklist.blacklisted ? "yes" : "no"}});
}

void KioskCore::end_session(SessionEnd reason) {
    ++generation_;  // replies still under way belong to the old session: ignored
    log_event(LogLevel::info, "core.session.end",
              {{"reason", std::string{to_string(reason)}}, {"signed_in", session_ ? "yes" : "no"}});
    if (session_ || platform_session_possible_) post_sign_out();
    wipe_flows();
    last_end_ = reason;
    awaited_request_ = 0;
    busy_.reset();
    error_.reset();
    retry_ = RetryAction::none;
    retry_flow_ = nullptr;
    timer_.disarm();
    timer_.set_inactivity(std::chrono::seconds{settings_.session.inactivity_seconds});
    if (reason != SessionEnd::cancelled && reason != SessionEnd::session_expired) {
        language_ = settings_.language;  // the next citizen starts from the kiosk's defaults
        elder_mode_ = settings_.elder_mode;
    }
    show(screen::home);
    wipe_view();
    refresh_view();
}

// The view's copies of masked names and typed statements are overwritten, not just dropped.
void KioskCore::wipe_view() {
    if (view_.applicant) {
        nanhai::secure_wipe(view_.applicant->masked_name);
        nanhai::secure_wipe(view_.applicant->masked_id);
    }
    if (auto* appeal = std::get_if<BlacklistAppealView>(&view_.data)) nanhai::secure_wipe(appeal->statement);
    if (auto* compose = std::get_if<ConsultComposeView>(&view_.data)) nanhai::secure_wipe(compose->body);
    if (auto* contact = std::get_if<ConsultContactView>(&view_.data)) nanhai::secure_wipe(contact->typed);
    if (auto* confirm = std::get_if<ConsultConfirmView>(&view_.data)) {
        nanhai::secure_wipe(confirm->body);
        nanhai::secure_wipe(confirm->phone_masked);
    }
    if (view_.print) nanhai::secure_wipe(view_.print->qr_payload);
    view_.print.reset();
    view_.applicant.reset();
    view_.data = HomeView{};
}

// The platform answered that the session is over (expired, or taken over): the client has
// forgotten the token already; end ours and say why on the home screen.
void KioskCore::expire_session() {
    end_session(SessionEnd::session_expired);
    error_ = ErrorPanel{"error.session_expired", "action.sign_in_again", false, {}, {}, {}};
}

// Posted after anything a sign-in in flight could do (tasks run in order), so a session the
// platform opens for a reply we ignore is closed too. A failure only leaves the session to
// expire on the platform; the token is forgotten either way.
void KioskCore::post_sign_out() {
    PlatformClient* client = &client_;
    runner_.post([client]() -> Continuation {
        auto result = client->sign_out();
        client->forget_session();
        if (result) return {};
        return [problem = summary(result.error())] {
            log_event(LogLevel::warning, "core.sign_out.failed", {{"error", problem}});
        };
    });
    platform_session_possible_ = false;
}

void KioskCore::wipe_flows() {
    if (session_) session_->wipe();
    session_.reset();
    signed_in_by_card_ = false;
    sign_in_.pending.reset();
    pin_.clear();
    sign_in_.then_screen.clear();
    sign_in_.then_value.clear();
    appeal_.statement.clear();
    if (appeal_.filed) nanhai::secure_wipe(appeal_.filed->statement);
    appeal_ = {};
    for (Flow* flow : flows_) flow->wipe();
    print_.end_session();
}

bool KioskCore::reply_is_current(std::uint64_t generation, std::uint64_t request) {
    if (generation == generation_ && request == awaited_request_) return true;
    ++ignored_replies_;
    log_event(LogLevel::info, "core.reply.ignored",
              {{"reason", generation == generation_ ? "abandoned" : "session_ended"}});
    return false;
}

// The citizen went back while waiting: the reply, when it comes, is ignored.
void KioskCore::abandon_wait() {
    awaited_request_ = 0;
    busy_.reset();
    timer_.hold(false, clock_.now());
}

std::vector<std::string> KioskCore::personal_data_holders() const {
    std::vector<std::string> holders;
    if (session_ && session_->holds_personal_data()) holders.emplace_back("session");
    if (sign_in_.pending) holders.emplace_back("pending_sign_in");
    if (pin_.active) holders.emplace_back("pin_entry");
    if (!appeal_.statement.empty() || appeal_.filed) holders.emplace_back("appeal.statement");
    for (const Flow* flow : flows_)
        for (auto& held : flow->personal_data()) holders.push_back(std::move(held));
    if (print_.holds_personal_data()) holders.emplace_back("print");
    if (view_.applicant) holders.emplace_back("view.applicant");
    if (view_.print) holders.emplace_back("view.print");
    // Views of catalogue data and empty forms hold nothing personal.
    bool neutral_view = std::holds_alternative<HomeView>(view_.data) ||
                        std::holds_alternative<SignInView>(view_.data) ||
                        (std::holds_alternative<SignInPinView>(view_.data) && !pin_.active) ||
                        std::holds_alternative<CaseQueryView>(view_.data) ||
                        std::holds_alternative<GuideHomeView>(view_.data) ||
                        std::holds_alternative<GuideItemsView>(view_.data) ||
                        std::holds_alternative<GuideDetailView>(view_.data) ||
                        std::holds_alternative<ConsultKindView>(view_.data) ||
                        std::holds_alternative<PlaceholderView>(view_.data);
    if (!neutral_view) holders.emplace_back("view.data");
    return holders;
}

}  // namespace nanhai::kiosk::core
