// The app's screens: one function per core screen id (one file each), the overlays every
// screen shares (busy indicator, error panel, countdown) and draw_view(), which picks the
// screen from core.view(). Screens return ui::Intents; intent_mapping.hpp turns them into the
// core's Intents.
#pragma once

#include "kiosk/core/view_state.hpp"
#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/screens/screen_kit.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent home_screen(ScreenFrame& f, const core::HomeView& v);
MaybeIntent sign_in_screen(ScreenFrame& f, const core::SignInView& v);
MaybeIntent signed_in_screen(ScreenFrame& f, const core::SignedInView& v);
MaybeIntent blacklist_notice_screen(ScreenFrame& f, const core::BlacklistNoticeView& v);
MaybeIntent blacklist_appeal_screen(ScreenFrame& f, const core::BlacklistAppealView& v);
MaybeIntent appeal_filed_screen(ScreenFrame& f, const core::AppealFiledView& v);
MaybeIntent case_query_screen(ScreenFrame& f, const core::CaseQueryView& v);
MaybeIntent case_timeline_screen(ScreenFrame& f, const core::CaseTimelineView& v);
MaybeIntent placeholder_screen(ScreenFrame& f, const core::PlaceholderView& v);

// Busy indicator, error panel and countdown, drawn after the screen as modal overlays.
MaybeIntent overlays(ScreenFrame& f);

// The whole frame for f.view: the screen window, its screen, then the overlays.
MaybeIntent draw_view(ScreenFrame& f);

}  // namespace nanhai::kiosk::ui::screens
