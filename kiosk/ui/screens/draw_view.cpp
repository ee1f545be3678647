// Picks the screen for core.view(): the ScreenData variant decides, so a screen id and its
// data can never disagree.
#include "kiosk/ui/screens/screens.hpp"

#include <variant>

#include "kiosk/ui/screens/notice_strip.hpp"
#include "kiosk/ui/screens/print_overlays.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

// One overload per view struct: the ScreenData variant picks it, so adding a view without a
// screen does not compile.
MaybeIntent screen_for(ScreenFrame& f, const core::HomeView& v) { return home_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::SignInView& v) { return sign_in_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::SignInPinView& v) { return sign_in_pin_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::SignedInView& v) { return signed_in_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BlacklistNoticeView& v) { return blacklist_notice_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BlacklistAppealView& v) { return blacklist_appeal_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::AppealFiledView& v) { return appeal_filed_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::CaseQueryView& v) { return case_query_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::CaseTimelineView& v) { return case_timeline_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::MyCasesView& v) { return my_cases_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::AppointmentsView& v) { return appointments_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::AppointmentDetailView& v) { return appointment_detail_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingItemsView& v) { return booking_items_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingHallsView& v) { return booking_halls_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingDaysView& v) { return booking_days_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingSlotsView& v) { return booking_slots_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingConfirmView& v) { return booking_confirm_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::BookingDoneView& v) { return booking_done_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::CheckInView& v) { return check_in_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::QueueTicketView& v) { return queue_ticket_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::EvaluationView& v) { return evaluation_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::EvaluationDoneView& v) { return evaluation_done_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultKindView& v) { return consult_kind_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultTopicView& v) { return consult_topic_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultComposeView& v) { return consult_compose_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultContactView& v) { return consult_contact_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultConfirmView& v) { return consult_confirm_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::ConsultFiledView& v) { return consult_filed_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::GuideHomeView& v) { return guide_home_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::GuideItemsView& v) { return guide_items_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::GuideDetailView& v) { return guide_detail_screen(f, v); }
MaybeIntent screen_for(ScreenFrame& f, const core::PlaceholderView& v) { return placeholder_screen(f, v); }

MaybeIntent draw_screen(ScreenFrame& f) {
    return std::visit([&f](const auto& data) { return screen_for(f, data); }, f.view.data);
}

}  // namespace

MaybeIntent draw_view(ScreenFrame& f) {
    MaybeIntent intent;
    const bool status = f.view.print && !f.view.print->modal;
    const float print_h = status ? print_status_height(f.ui, *f.view.print) : 0;
    const float gap = status && !f.view.notices.empty() ? f.ui.layout.spacing() / 2 : 0;
    const float notices_h = notice_strip_height(f.ui, f.view.notices);
    if (print_h + notices_h > 0) f.ui.layout.reserve_status_strip(print_h + gap + notices_h);
    {
        ScreenWindow window(f.ui, f.view.screen);
        const Rect strip = f.ui.layout.status_strip();
        if (status) print_status(f, *f.view.print, {strip.x, strip.y, strip.w, print_h});
        notice_strip(f, f.view.notices, {strip.x, strip.y + print_h + gap, strip.w, notices_h});
        intent = draw_screen(f);
    }
    keep_first(intent, overlays(f));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
