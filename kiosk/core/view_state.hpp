// What the UI draws: the screen id, the parts every screen shares (language, elder mode, busy
// indicator, error panel, countdown, the signed-in applicant's badge) and typed per-screen data.
// Texts are string-table keys unless a field says it carries the platform's own text; personal
// data appears only masked, and only while a session lasts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/core/views/case_views.hpp"
#include "kiosk/core/views/check_in_views.hpp"
#include "kiosk/core/views/consultation_views.hpp"
#include "kiosk/core/views/evaluation_views.hpp"
#include "kiosk/core/views/guide_views.hpp"
#include "kiosk/core/views/print_view.hpp"

namespace nanhai::kiosk::core {

// Something slow is under way; the UI shows a spinner with the text of `waiting_for_key`
// ("wait.sign_in", "wait.blacklist", "wait.appeal", "wait.case").
struct BusyIndicator {
    std::string waiting_for_key;
};

struct ErrorPanel {
    std::string title_key;   // "error.platform_unreachable" ...
    std::string action_key;  // what to do: "action.retry_or_ask_staff" ...
    bool retry_possible = false;       // offer widget error.retry
    std::string platform_code;         // the platform's error code, when it refused
    std::string platform_message_zh;   // the platform's own text, fit to show (may be empty)
    std::string platform_message_en;
};

struct ApplicantBadge {
    std::string masked_name;
    std::string masked_id;
    std::string kind;         // person | enterprise
    std::string auth_method;  // id_card | mobile_qr | enterprise_cert
    int auth_level = 0;       // 1-3
};

struct MenuEntry {
    std::string widget;     // the intent it emits ("home.case_query")
    std::string title_key;  // "menu.case_query"
    bool needs_sign_in = false;  // pressing it anonymously leads to sign_in first
    bool available = true;       // false: drawn disabled with the reason
    std::string unavailable_key;  // "service.out.back_end" ... (service_availability.hpp)
};

struct HomeView {
    std::vector<MenuEntry> entries;
};

struct SignInView {
    std::vector<std::string> methods;  // "id_card", "mobile_qr", "enterprise_cert"
    std::string then_screen;           // where a successful sign-in leads ("" = signed_in)
};

// A certificate card is in and trusted; its PIN is typed on the keypad. The digits stay in
// the core: the view knows only how many there are.
struct SignInPinView {
    std::string holder;        // masked: "佛山市…有限公司 9144**********003K" or "梁*明"
    int tries_left = -1;       // -1: the card does not say
    std::size_t typed_length = 0;
    bool complete = false;     // 6-8 digits: OK is enabled
    bool rejected = false;     // the last PIN was wrong
    bool checking = false;     // the card is checking it
};

struct SignedInView {
    std::vector<MenuEntry> entries;
    int services_unlocked = 0;
    bool blacklisted = false;
};

struct BlacklistEntryView {
    std::int64_t id = 0;
    std::string kind;  // missed_appointment, false_materials ...
    std::string reason_zh;  // the platform's text
    std::string reason_en;
    std::optional<int> record_count;
    std::string notice_date;      // YYYY-MM-DD
    std::string appeal_deadline;  // YYYY-MM-DD
    std::optional<int> appeal_working_days_left;
    bool can_appeal = false;
    std::vector<std::string> blocked;  // "booking", "applying"
    std::optional<std::string> appeal_status;  // latest appeal: pending | upheld | rejected
};

struct BlacklistNoticeView {
    std::vector<BlacklistEntryView> entries;
};

struct AppealPreset {
    std::string id;         // value of appeal.preset
    std::string title_key;  // "appeal.preset.<id>"
};

struct BlacklistAppealView {
    BlacklistEntryView entry;
    std::vector<AppealPreset> presets;
    std::string selected_preset;  // "" when typed
    std::string statement;        // what will be sent
    std::size_t max_length = 1000;  // characters
    bool can_submit = false;
};

struct AppealFiledView {
    std::int64_t appeal_id = 0;
    std::string status;    // pending
    std::string filed_at;  // ISO instant
};

// A screen without data of its own (shown only if a flow has nothing to show yet).
struct PlaceholderView {
    std::string title_key;
};

// One alternative per screen kind; the flows' views live in views/<flow>_views.hpp.
using ScreenData = std::variant<
    HomeView, SignInView, SignInPinView, SignedInView, BlacklistNoticeView, BlacklistAppealView,
    AppealFiledView, CaseQueryView, CaseTimelineView, MyCasesView, AppointmentsView,
    AppointmentDetailView, BookingItemsView, BookingHallsView, BookingDaysView, BookingSlotsView,
    BookingConfirmView, BookingDoneView, CheckInView, QueueTicketView, EvaluationView,
    EvaluationDoneView, ConsultKindView, ConsultTopicView, ConsultComposeView, ConsultContactView,
    ConsultConfirmView, ConsultFiledView, GuideHomeView, GuideItemsView, GuideDetailView,
    PlaceholderView>;

struct ViewState {
    std::string screen = "home";  // screen_ids.hpp
    std::string language = "zh-CN";
    bool elder_mode = false;
    std::optional<BusyIndicator> busy;
    std::optional<ErrorPanel> error;
    std::optional<int> countdown_seconds;  // shown over any screen; offer countdown.continue
    std::optional<ApplicantBadge> applicant;  // while signed in
    std::optional<PrintView> print;           // a receipt under way, printed, or held
    // What does not work now and what to do instead, for this screen ("notice.offline",
    // "notice.printer_down", "notice.printer_paper", "notice.id_reader_down",
    // "notice.scanner_down"): said before the citizen starts.
    std::vector<std::string> notices;
    ScreenData data = HomeView{};
};

}  // namespace nanhai::kiosk::core
