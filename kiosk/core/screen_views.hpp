// Pure builders of per-screen view data from the session and platform answers, so that the
// view of each screen can be tested without a running flow.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/view_state.hpp"
#include "kiosk/platform_client/blacklist_types.hpp"
#include "kiosk/platform_client/case_types.hpp"
#include "kiosk/platform_client/session_types.hpp"

namespace nanhai::kiosk::core {

inline constexpr std::size_t kAppealMaxCharacters = 1000;  // the platform's limit

std::vector<MenuEntry> anonymous_menu();
std::vector<MenuEntry> signed_in_menu();
// The home menu widget ("home.appointments") → the screen it opens; "" if not a menu entry.
std::string_view menu_target(std::string_view widget);
bool menu_needs_sign_in(std::string_view widget);

ApplicantBadge badge_of(const ApplicantView& applicant);
BlacklistEntryView entry_view(const BlacklistEntry& entry);
BlacklistNoticeView notice_view(const BlacklistStatus& status);
CaseTimelineView timeline_view(const CaseView& view);

// Ready-made appeal statements the citizen can pick instead of typing (ids and texts fixed
// here, since the statement goes to the platform in Chinese whatever the UI language).
std::vector<AppealPreset> appeal_presets();
// The statement text of a preset id; "" for an unknown id.
std::string preset_statement(std::string_view id);
std::size_t character_count(std::string_view utf8);

}  // namespace nanhai::kiosk::core
