// The app's screens: one function per core screen id (one file per screen, or per flow for the
// flows' step screens: booking_, check_in_, evaluation_, consultation_, guide_screens.cpp), the overlays every
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
MaybeIntent sign_in_pin_screen(ScreenFrame& f, const core::SignInPinView& v);
MaybeIntent signed_in_screen(ScreenFrame& f, const core::SignedInView& v);
MaybeIntent blacklist_notice_screen(ScreenFrame& f, const core::BlacklistNoticeView& v);
MaybeIntent blacklist_appeal_screen(ScreenFrame& f, const core::BlacklistAppealView& v);
MaybeIntent appeal_filed_screen(ScreenFrame& f, const core::AppealFiledView& v);
MaybeIntent case_query_screen(ScreenFrame& f, const core::CaseQueryView& v);
MaybeIntent case_timeline_screen(ScreenFrame& f, const core::CaseTimelineView& v);
MaybeIntent my_cases_screen(ScreenFrame& f, const core::MyCasesView& v);
MaybeIntent appointments_screen(ScreenFrame& f, const core::AppointmentsView& v);
MaybeIntent appointment_detail_screen(ScreenFrame& f, const core::AppointmentDetailView& v);
MaybeIntent booking_items_screen(ScreenFrame& f, const core::BookingItemsView& v);
MaybeIntent booking_halls_screen(ScreenFrame& f, const core::BookingHallsView& v);
MaybeIntent booking_days_screen(ScreenFrame& f, const core::BookingDaysView& v);
MaybeIntent booking_slots_screen(ScreenFrame& f, const core::BookingSlotsView& v);
MaybeIntent booking_confirm_screen(ScreenFrame& f, const core::BookingConfirmView& v);
MaybeIntent booking_done_screen(ScreenFrame& f, const core::BookingDoneView& v);
MaybeIntent check_in_screen(ScreenFrame& f, const core::CheckInView& v);
MaybeIntent queue_ticket_screen(ScreenFrame& f, const core::QueueTicketView& v);
MaybeIntent evaluation_screen(ScreenFrame& f, const core::EvaluationView& v);
MaybeIntent evaluation_done_screen(ScreenFrame& f, const core::EvaluationDoneView& v);
MaybeIntent consult_kind_screen(ScreenFrame& f, const core::ConsultKindView& v);
MaybeIntent consult_topic_screen(ScreenFrame& f, const core::ConsultTopicView& v);
MaybeIntent consult_compose_screen(ScreenFrame& f, const core::ConsultComposeView& v);
MaybeIntent consult_contact_screen(ScreenFrame& f, const core::ConsultContactView& v);
MaybeIntent consult_confirm_screen(ScreenFrame& f, const core::ConsultConfirmView& v);
MaybeIntent consult_filed_screen(ScreenFrame& f, const core::ConsultFiledView& v);
MaybeIntent guide_home_screen(ScreenFrame& f, const core::GuideHomeView& v);
MaybeIntent guide_items_screen(ScreenFrame& f, const core::GuideItemsView& v);
MaybeIntent guide_detail_screen(ScreenFrame& f, const core::GuideDetailView& v);
MaybeIntent placeholder_screen(ScreenFrame& f, const core::PlaceholderView& v);

// Busy indicator, error panel, print panels and banners, countdown, drawn after the screen.
MaybeIntent overlays(ScreenFrame& f);

// The whole frame for f.view: the screen window, its screen, then the overlays.
MaybeIntent draw_view(ScreenFrame& f);

}  // namespace nanhai::kiosk::ui::screens
