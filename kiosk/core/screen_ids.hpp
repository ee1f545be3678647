// Stable screen ids: the UI picks its screen by them, scripts and tests name them. The list
// with what each screen shows is in kiosk/core/README.md; change both together.
#pragma once

#include <string_view>

namespace nanhai::kiosk::core::screen {

inline constexpr std::string_view home = "home";                    // anonymous menu
inline constexpr std::string_view sign_in = "sign_in";              // place card / show QR
inline constexpr std::string_view signed_in = "signed_in";          // the applicant's menu
inline constexpr std::string_view blacklist_notice = "blacklist.notice";
inline constexpr std::string_view blacklist_appeal = "blacklist.appeal";
inline constexpr std::string_view blacklist_appeal_filed = "blacklist.appeal_filed";
inline constexpr std::string_view case_query = "case_query";        // approval code keypad
inline constexpr std::string_view case_timeline = "case.timeline";
// Placeholders the later flows fill in (their views are PlaceholderView for now).
inline constexpr std::string_view appointments = "appointments";
inline constexpr std::string_view check_in = "check_in";
inline constexpr std::string_view consult = "consult";
inline constexpr std::string_view guides = "guides";

}  // namespace nanhai::kiosk::core::screen
