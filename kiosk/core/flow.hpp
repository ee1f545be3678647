// The citizen flows beside sign-in (appointments, check-in, case query, evaluation,
// consultation, guides) are Flow objects owned by KioskCore. A flow owns a few screens and
// their state; it reaches the rest of the kiosk only through FlowHost: navigation, the error
// panel, the session, the receipt printer and platform calls that run off the loop thread.
// KioskCore keeps what all flows share: modality (countdown, busy, error, print panels),
// sessions and their wiping, and the order in which intents reach the flows.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/intent.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/core/task_runner.hpp"
#include "kiosk/core/view_state.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/receipts/receipt_templates.hpp"

namespace nanhai::kiosk::core {

class PrintDesk;
struct CoreSettings;

class FlowHost {
public:
    virtual CoreTime now() const = 0;
    Date today() const { return local_date_at(now()); }
    virtual const std::string& screen() const = 0;
    virtual const std::string& language() const = 0;
    virtual const CoreSettings& settings() const = 0;
    virtual const Session* session() const = 0;

    virtual void show(std::string_view screen) = 0;
    // The menu: signed_in when signed in, else home.
    virtual void show_menu() = 0;
    // Another flow's entry (or this flow's): the flow owning `screen` opens it with `value`.
    virtual void open(std::string_view screen, std::string_view value = {}) = 0;
    // Opens `screen` with `value` once the citizen has signed in (at once when signed in).
    virtual void open_after_sign_in(std::string_view screen, std::string_view value = {}) = 0;
    // The error panel; `retry` (when set and the panel allows it) is what error.retry does.
    virtual void show_error(ErrorPanel panel, std::function<void()> retry = {}) = 0;
    // A platform failure: session_expired ends the session, the rest show their panel.
    virtual void platform_error(const PlatformError& error, std::function<void()> retry = {}) = 0;
    virtual PrintDesk& print_desk() = 0;
    // Terminal, time, language and the applicant's masked name, for a receipt printed now.
    virtual receipts::ReceiptContext receipt_context() const = 0;

    // Runs `call(client)` on the runner and `reply(result)` back on the loop thread, unless the
    // session ended or the citizen stopped waiting meanwhile; the busy indicator shows
    // `waiting_for_key` until then. `call` must not touch the flow (it runs on the worker).
    template <class Call, class Reply>
    void ask(std::string_view waiting_for_key, Call call, Reply reply);

protected:
    using Work = std::function<Continuation(PlatformClient&)>;
    virtual void post_request(std::string_view waiting_for_key, Work work) = 0;
    virtual ~FlowHost() = default;
};

class Flow {
public:
    Flow() = default;
    Flow(const Flow&) = delete;
    Flow& operator=(const Flow&) = delete;
    virtual ~Flow() = default;

    // Whether `screen` is one of this flow's.
    virtual bool owns(std::string_view screen) const = 0;
    // Enters the flow at `screen` (one of its own) with an optional value (an item code ...).
    virtual void open(std::string_view screen, std::string_view value) = 0;
    // An intent on one of its screens; false when the flow does not take it.
    virtual bool handle(const Intent& intent) = 0;
    // One step back; false when at its first screen (the core shows the menu then).
    virtual bool back() = 0;
    // A scanned code while one of its screens is shown; false when not taken.
    virtual bool on_scan(const std::string& payload) {
        (void)payload;
        return false;
    }
    // The view of the current screen (one of its own).
    virtual ScreenData view() const = 0;
    // Overwrites and drops everything it holds (session end).
    virtual void wipe() = 0;
    // Names what it holds that is personal ("appointments.list" ...), for inspection.
    virtual std::vector<std::string> personal_data() const = 0;
};

template <class Call, class Reply>
void FlowHost::ask(std::string_view waiting_for_key, Call call, Reply reply) {
    post_request(waiting_for_key, [call = std::move(call), reply = std::move(reply)](PlatformClient& client) -> Continuation {
        auto result = call(client);
        return [reply, result = std::move(result)]() mutable { reply(std::move(result)); };
    });
}

// The page wanted by a row list's pager intent ("<list>.page", value "2"); nullopt otherwise.
std::optional<int> page_intent(const Intent& intent, std::string_view list);

}  // namespace nanhai::kiosk::core
