// What works right now (service_availability.hpp), as the citizen sees it before starting:
// menu entries disabled with their reason, sign-in methods that work, notices that say what to
// do instead (results as a QR, type the number), and a refusal with the reason, before any
// network call, when an entry that does not work is pressed anyway.
#include "common/log.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {
namespace {

// "home.appointments" -> "appointments"; the sign-in entry is its methods together.
std::string_view service_of(std::string_view widget) {
    constexpr std::string_view kPrefix = "home.";
    return widget.starts_with(kPrefix) ? widget.substr(kPrefix.size()) : widget;
}

std::string unavailable_key(OutOfService reason) { return "service.out." + std::string{to_string(reason)}; }

ErrorPanel unavailable_panel(const ServiceState& state) {
    ErrorPanel panel;
    panel.title_key = "error.unavailable." + std::string{to_string(state.reason)};
    panel.action_key = state.reason == OutOfService::back_end ? "action.unavailable.back_end" : "action.ask_staff";
    return panel;
}

}  // namespace

void KioskCore::set_component(Component component, ComponentState state) {
    if (availability_.component(component) == state) return;
    const auto changed = availability_.set(component, state);
    log_event(state.ok ? LogLevel::info : LogLevel::warning, "service.component",
              {{"component", std::string{to_string(component)}}, {"ok", state.ok ? "yes" : "no"},
               {"reason", std::string{to_string(state.reason)}}});
    for (const auto& name : changed) {
        const ServiceState s = availability_.service(name);
        log_event(s.available ? LogLevel::info : LogLevel::warning, "service.availability",
                  {{"service", name}, {"available", s.available ? "yes" : "no"}, {"reason", std::string{to_string(s.reason)}}});
    }
    if (component == Component::receipt_printer) print_.set_printer_state(state);
    refresh_view();
}

// A platform call that got no answer at all says the platform is down now; the platform monitor
// (the app's) says when it is back.
void KioskCore::note_platform_error(const PlatformError& error) {
    if (error.kind == PlatformErrorKind::network) set_component(Component::platform, {false, OutOfService::back_end});
}

// Every reply says whether the platform answered: a kiosk that was offline comes back by itself
// as soon as a call gets through (the platform monitor probes while nobody calls).
void KioskCore::observe_platform() {
    switch (client_.reachability()) {
        case PlatformClient::Reachability::reachable: return set_component(Component::platform, {});
        case PlatformClient::Reachability::unreachable: return set_component(Component::platform, {false, OutOfService::back_end});
        case PlatformClient::Reachability::unknown: return;
    }
}

std::vector<MenuEntry> KioskCore::with_availability(std::vector<MenuEntry> entries) const {
    for (auto& entry : entries) {
        const ServiceState state =
            entry.widget == widget::home_sign_in ? availability_.sign_in() : availability_.service(service_of(entry.widget));
        entry.available = state.available;
        entry.unavailable_key = state.available ? "" : unavailable_key(state.reason);
    }
    return entries;
}

std::vector<std::string> KioskCore::sign_in_methods() const {
    std::vector<std::string> methods;
    for (const char* method : {"id_card", "mobile_qr", "enterprise_cert"})
        if (availability_.service(std::string{"sign_in."} + method).available) methods.emplace_back(method);
    return methods;
}

bool KioskCore::refuse_unavailable(std::string_view widget) {
    const ServiceState state = widget == widget::home_sign_in ? availability_.sign_in() : availability_.service(service_of(widget));
    if (state.available) return false;
    log_event(LogLevel::info, "core.service.refused", {{"service", std::string{service_of(widget)}}, {"reason", std::string{to_string(state.reason)}}});
    show_error(unavailable_panel(state), RetryAction::none);
    return true;
}

// Which notices a screen shows: the menus all of them, a screen only those it is concerned by.
std::vector<std::string> KioskCore::notices() const {
    const bool menu = screen_ == screen::home || screen_ == screen::signed_in;
    const bool signing_in = screen_ == screen::sign_in;
    const bool typing_codes = screen_ == screen::check_in || screen_ == screen::case_query;
    const auto down = [this](Component c) { return !availability_.component(c).ok; };
    std::vector<std::string> out;
    if ((menu || signing_in) && down(Component::platform)) out.emplace_back("notice.offline");
    if (menu && down(Component::receipt_printer))
        out.emplace_back(availability_.component(Component::receipt_printer).reason == OutOfService::consumables ? "notice.printer_paper"
                                                                                                            : "notice.printer_down");
    if ((menu || signing_in) && down(Component::identity_reader)) out.emplace_back("notice.id_reader_down");
    if ((menu || signing_in || typing_codes) && down(Component::code_scanner)) out.emplace_back("notice.scanner_down");
    return out;
}

}  // namespace nanhai::kiosk::core
