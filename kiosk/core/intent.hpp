// What a widget means, not where it is (kiosk-design.md): the UI emits Intent{widget, value} and
// the core decides. The widget ids the core understands are listed here and in README.md.
#pragma once

#include <string>
#include <string_view>

namespace nanhai::kiosk::core {

struct Intent {
    std::string widget;
    std::string value;  // the widget's value, when it has one ("en", a typed text, an entry id)
};

namespace widget {

// Any screen.
inline constexpr std::string_view language = "lang";        // value "zh-CN" | "en"
inline constexpr std::string_view elder_mode = "elder";     // value "on" | "off" | "" (toggle)
inline constexpr std::string_view countdown_continue = "countdown.continue";
inline constexpr std::string_view finish = "session.finish";  // end the session, wipe, home
inline constexpr std::string_view back = "nav.back";  // one step back (the menu from a flow's start)
inline constexpr std::string_view home = "nav.home";  // to the menu (home or signed_in)
inline constexpr std::string_view error_retry = "error.retry";
inline constexpr std::string_view error_dismiss = "error.dismiss";

// home and signed_in menus (value unused).
inline constexpr std::string_view home_sign_in = "home.sign_in";
inline constexpr std::string_view home_appointments = "home.appointments";
inline constexpr std::string_view home_check_in = "home.check_in";
inline constexpr std::string_view home_case_query = "home.case_query";
inline constexpr std::string_view home_consult = "home.consult";
inline constexpr std::string_view home_guides = "home.guides";
inline constexpr std::string_view home_evaluate = "home.evaluate";    // needs sign-in: my cases
inline constexpr std::string_view home_blacklist = "home.blacklist";  // signed in only

// sign_in.
inline constexpr std::string_view sign_in_cancel = "sign_in.cancel";

// blacklist.notice / blacklist.appeal / blacklist.appeal_filed.
inline constexpr std::string_view blacklist_appeal = "blacklist.appeal";      // value: entry id
inline constexpr std::string_view blacklist_continue = "blacklist.continue";  // on to the menu
inline constexpr std::string_view appeal_preset = "appeal.preset";        // value: preset id
inline constexpr std::string_view appeal_statement = "appeal.statement";  // value: whole text
inline constexpr std::string_view appeal_submit = "appeal.submit";
inline constexpr std::string_view appeal_cancel = "appeal.cancel";
inline constexpr std::string_view appeal_done = "appeal.done";

// case_query keypad and case.timeline.
inline constexpr std::string_view keypad_prefix = "keypad.";  // keypad.0 ... keypad.9, keypad.X
inline constexpr std::string_view keypad_delete = "keypad.delete";
inline constexpr std::string_view keypad_clear = "keypad.clear";
inline constexpr std::string_view keypad_ok = "keypad.ok";
inline constexpr std::string_view case_code = "case.code";  // value: a whole code at once
inline constexpr std::string_view case_another = "case.another";  // back to the keypad

// Print panels (print_desk.hpp).
inline constexpr std::string_view print_wait = "print.wait";      // keep the receipt queued
inline constexpr std::string_view print_use_qr = "print.use_qr";  // cancel it, show the QR
inline constexpr std::string_view print_dismiss = "print.dismiss";

// The flows' own widgets are listed in kiosk/core/README.md (appointments.*, check_in.*,
// case.*, cases.*, evaluate.*, consult.*, guides.*). A row list "L" sends "L" with the row's
// key as value and "L.page" with the page wanted.

}  // namespace widget
}  // namespace nanhai::kiosk::core
