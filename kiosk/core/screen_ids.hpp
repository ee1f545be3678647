// Stable screen ids: the UI picks its screen by them, scripts and tests name them. The list
// with what each screen shows is in kiosk/core/README.md; change both together.
#pragma once

#include <string_view>

namespace nanhai::kiosk::core::screen {

inline constexpr std::string_view home = "home";                    // anonymous menu
inline constexpr std::string_view sign_in = "sign_in";              // place card / show QR
inline constexpr std::string_view sign_in_pin = "sign_in.pin";      // a certificate card's PIN
inline constexpr std::string_view signed_in = "signed_in";          // the applicant's menu
inline constexpr std::string_view blacklist_notice = "blacklist.notice";
inline constexpr std::string_view blacklist_appeal = "blacklist.appeal";
inline constexpr std::string_view blacklist_appeal_filed = "blacklist.appeal_filed";

// Case query (case_flow.hpp).
inline constexpr std::string_view case_query = "case_query";        // approval code keypad
inline constexpr std::string_view case_timeline = "case.timeline";
inline constexpr std::string_view cases_mine = "cases.mine";

// Appointments (appointment_flow.hpp).
inline constexpr std::string_view appointments = "appointments";    // the applicant's list
inline constexpr std::string_view appointments_detail = "appointments.detail";
inline constexpr std::string_view appointments_items = "appointments.items";
inline constexpr std::string_view appointments_halls = "appointments.halls";
inline constexpr std::string_view appointments_days = "appointments.days";
inline constexpr std::string_view appointments_slots = "appointments.slots";
inline constexpr std::string_view appointments_confirm = "appointments.confirm";
inline constexpr std::string_view appointments_booked = "appointments.booked";

// Check-in (check_in_flow.hpp).
inline constexpr std::string_view check_in = "check_in";
inline constexpr std::string_view check_in_ticket = "check_in.ticket";

// Evaluation (evaluation_flow.hpp).
inline constexpr std::string_view evaluate = "evaluate";
inline constexpr std::string_view evaluate_done = "evaluate.done";

// Consultation and complaint (consultation_flow.hpp).
inline constexpr std::string_view consult = "consult";
inline constexpr std::string_view consult_topic = "consult.topic";
inline constexpr std::string_view consult_compose = "consult.compose";
inline constexpr std::string_view consult_contact = "consult.contact";
inline constexpr std::string_view consult_confirm = "consult.confirm";
inline constexpr std::string_view consult_filed = "consult.filed";

// Service guides (guide_flow.hpp).
inline constexpr std::string_view guides = "guides";
inline constexpr std::string_view guides_items = "guides.items";
inline constexpr std::string_view guides_item = "guides.item";

}  // namespace nanhai::kiosk::core::screen
