// The kiosk's core: one object, owned by the loop thread, that turns device events, intents,
// platform replies and clock ticks into the current screen and its view state
// (kiosk-design.md). It never blocks: platform calls go to the TaskRunner and come back as
// continuations, which are ignored when the session they belong to has ended meanwhile
// (a session generation counter) or the citizen stopped waiting for them (a request id). Ending a session (finish, card removal, inactivity after the
// countdown) signs out in the background, makes the client forget its token and wipes every
// piece of personal data; inspect() lets a test prove that.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hal/device_events.hpp"
#include "hal/certificate_reader.hpp"
#include "hal/receipt_printer.hpp"
#include "kiosk/config/kiosk_config.hpp"
#include "kiosk/core/app_queue.hpp"
#include "kiosk/core/appointment_flow.hpp"
#include "kiosk/core/case_flow.hpp"
#include "kiosk/core/check_in_flow.hpp"
#include "kiosk/core/consultation_flow.hpp"
#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/core_settings.hpp"
#include "kiosk/core/evaluation_flow.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/core/flow_state.hpp"
#include "kiosk/core/guide_flow.hpp"
#include "kiosk/core/inactivity_timer.hpp"
#include "kiosk/core/intent.hpp"
#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/service_availability.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/task_runner.hpp"
#include "kiosk/core/view_state.hpp"
#include "kiosk/platform_client/platform_client.hpp"

namespace nanhai::kiosk::core {

// Why a session ended (logged; tests read it back).
enum class SessionEnd { finished, card_removed, inactivity, cancelled, session_expired };
std::string_view to_string(SessionEnd reason);

// Sign-in, sessions and the blacklist notice live here; the other flows are Flow objects
// (flow.hpp) that reach the core through its FlowHost side.
class KioskCore final : private FlowHost {
public:
    // `client` is used only inside tasks (on the runner's worker): it is not thread-safe.
    // `printer` (may be null) takes the receipts; its job events come back through handle().
    // `certificates` (may be null) gets the PIN of a certificate card that asked for one.
    KioskCore(PlatformClient& client, TaskRunner& runner, const CoreClock& clock,
              CoreSettings settings, hal::ReceiptPrinter* printer = nullptr,
              hal::CertificateReader* certificates = nullptr);
    KioskCore(const KioskCore&) = delete;
    KioskCore& operator=(const KioskCore&) = delete;
    ~KioskCore();

    void handle(const hal::DeviceEvent& event);
    void handle(const Intent& intent);
    // A device's or the platform's state, from the app (device changes, platform probes):
    // menus, sign-in methods and notices follow (kiosk_core_availability.cpp).
    void set_component(Component component, ComponentState state);
    const ServiceAvailability& availability() const { return availability_; }
    void tick(CoreTime now);
    const ViewState& view() const { return view_; }

    // ---- inspection (tests, diagnostics) ----
    // Names the places that hold personal data now ("session", "pending_sign_in",
    // "appeal.statement", "case.result", "appointments.list", "print", "view.applicant",
    // "view.data" ...); empty when none.
    std::vector<std::string> personal_data_holders() const;
    bool holds_personal_data() const { return !personal_data_holders().empty(); }
    std::uint64_t session_generation() const { return generation_; }
    std::optional<SessionEnd> last_session_end() const { return last_end_; }
    bool signed_in() const { return session_.has_value(); }
    std::uint64_t ignored_replies() const { return ignored_replies_; }

private:
    // FlowHost (kiosk_core_flows.cpp)
    CoreTime now() const override { return clock_.now(); }
    const std::string& screen() const override { return screen_; }
    const std::string& language() const override { return language_; }
    const CoreSettings& settings() const override { return settings_; }
    const Session* session() const override { return session_ ? &*session_ : nullptr; }
    void show(std::string_view screen) override;
    void show_menu() override;
    void open(std::string_view screen, std::string_view value = {}) override;
    void open_after_sign_in(std::string_view screen, std::string_view value = {}) override;
    void show_error(ErrorPanel panel, std::function<void()> retry = {}) override;
    void platform_error(const PlatformError& error, std::function<void()> retry = {}) override;
    PrintDesk& print_desk() override { return print_; }
    receipts::ReceiptContext receipt_context() const override;
    void post_request(std::string_view waiting_for_key, Work work) override;
    Flow* flow_for(std::string_view screen) const;
    bool handle_print(const Intent& intent);

    // dispatch (kiosk_core.cpp)
    bool handle_global(const Intent& intent);
    bool handle_modal(const Intent& intent);
    bool handle_navigation(const Intent& intent);
    void handle_screen_intent(const Intent& intent);
    void drop_error();
    void on_card_placed(const hal::CardPlaced& event);
    void on_card_removed();
    void on_card_read_failed(const hal::CardReadFailed& event);
    void on_pin_required(const hal::PinRequired& event);
    void on_pin_rejected(const hal::PinRejected& event);
    void on_code_scanned(const hal::CodeScanned& event);
    void retry();
    void note_activity();
    void sync_timer();
    void refresh_view();
    ScreenData screen_data() const;
    void show_error(ErrorPanel panel, RetryAction retry);

    // availability (kiosk_core_availability.cpp)
    std::vector<MenuEntry> with_availability(std::vector<MenuEntry> entries) const;
    std::vector<std::string> notices() const;
    std::vector<std::string> sign_in_methods() const;
    bool refuse_unavailable(std::string_view widget);
    void note_platform_error(const PlatformError& error);
    void observe_platform();

    // sessions (kiosk_core_session.cpp)
    void end_session(SessionEnd reason);
    void post_sign_out();
    void wipe_flows();
    void wipe_view();
    void expire_session();
    void start_session(const SessionInfo& info, PersonalIdentity personal);

    // sign-in (kiosk_core_sign_in.cpp)
    bool handle_sign_in(const Intent& intent);
    bool handle_pin(const Intent& intent);
    SignInPinView pin_view() const;
    bool accepts_sign_in() const;
    void start_sign_in(SignInCredential credential);
    void send_sign_in();
    void on_sign_in_reply(Result<SessionInfo, PlatformError> reply);
    void refuse_credential(CredentialProblem problem);
    void after_sign_in();
    void continue_to_menu();

    // blacklist (kiosk_core_blacklist.cpp)
    bool handle_blacklist(const Intent& intent);
    void load_blacklist();
    void on_blacklist_reply(Result<BlacklistStatus, PlatformError> reply);
    void open_appeal(std::string_view entry_id);
    void choose_preset(std::string_view id);
    void set_statement(std::string_view text);
    void submit_appeal();
    void on_appeal_reply(Result<Appeal, PlatformError> reply);
    BlacklistAppealView appeal_view() const;

    // Runs `call(client)` on the runner and `reply(result)` back on the loop, unless the
    // session ended meanwhile; shows the busy indicator until then.
    template <class Call, class Reply>
    void ask_platform(std::string_view waiting_for_key, Call call, Reply reply);
    void platform_error(const PlatformError& error, RetryAction retry);
    bool reply_is_current(std::uint64_t generation, std::uint64_t request);
    void abandon_wait();

    PlatformClient& client_;
    TaskRunner& runner_;
    const CoreClock& clock_;
    CoreSettings settings_;
    ServiceAvailability availability_;
    InactivityTimer timer_;

    std::string screen_;
    std::string language_;
    bool elder_mode_ = false;
    std::optional<std::string> busy_;
    std::optional<ErrorPanel> error_;
    RetryAction retry_ = RetryAction::none;
    std::function<void()> retry_flow_;  // what error.retry does when retry_ is RetryAction::flow

    std::optional<Session> session_;
    bool signed_in_by_card_ = false;
    bool platform_session_possible_ = false;  // a sign-in was sent this generation
    SignInFlow sign_in_;
    PinEntry pin_;
    AppealFlow appeal_;
    PrintDesk print_;
    hal::CertificateReader* certificates_;  // may be null: no PC/SC reader
    AppointmentFlow appointments_{*this};
    CheckInFlow check_in_{*this};
    CaseFlow cases_{*this};
    EvaluationFlow evaluation_{*this};
    ConsultationFlow consultation_{*this};
    GuideFlow guides_{*this};
    std::vector<Flow*> flows_{&appointments_, &check_in_, &cases_, &evaluation_, &consultation_, &guides_};

    std::uint64_t generation_ = 1;
    std::uint64_t next_request_ = 0;
    std::uint64_t awaited_request_ = 0;  // 0: no reply awaited
    std::uint64_t ignored_replies_ = 0;
    std::optional<SessionEnd> last_end_;
    ViewState view_;
};

// The loop's step for one queued message: a device event to the core, or a continuation.
void deliver(AppMessage message, KioskCore& core);

template <class Call, class Reply>
void KioskCore::ask_platform(std::string_view waiting_for_key, Call call, Reply reply) {
    error_.reset();
    retry_ = RetryAction::none;
    busy_ = std::string{waiting_for_key};
    timer_.hold(true, clock_.now());
    PlatformClient* client = &client_;
    std::uint64_t generation = generation_;
    std::uint64_t request = awaited_request_ = ++next_request_;
    runner_.post([this, client, generation, request, call = std::move(call), reply = std::move(reply)]() {
        auto result = call(*client);  // on the worker: only the client, never the core
        return Continuation{[this, generation, request, result = std::move(result), reply]() mutable {
            observe_platform();
            if (!reply_is_current(generation, request)) return;
            awaited_request_ = 0;
            busy_.reset();
            timer_.hold(false, clock_.now());
            reply(std::move(result));
            sync_timer();
            refresh_view();
        }};
    });
}

}  // namespace nanhai::kiosk::core
