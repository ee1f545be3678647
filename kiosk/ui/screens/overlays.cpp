// The overlays every screen shares, drawn from ViewState after the screen: the countdown (it
// takes every tap until answered), the error panel, or the busy indicator. Each is modal: an
// OverlayWindow disables the screen's widgets so that neither a finger nor a script taps
// through it.
#include "kiosk/ui/screens/screens.hpp"

#include <utility>

#include "kiosk/ui/screens/print_overlays.hpp"
#include "kiosk/ui/widgets/countdown_banner.hpp"
#include "kiosk/ui/widgets/error_panel.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"
#include "kiosk/ui/widgets/wait_indicator.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

ErrorView error_view(ScreenFrame& f, const core::ErrorPanel& e) {
    ErrorView view;
    view.title = f.ui.tr(e.title_key);
    // The platform's own words when it refused; otherwise the panel goes straight to what to
    // do, without an empty line where "what happened" would be.
    view.what = pick(f.view, e.platform_message_zh, e.platform_message_en);
    view.todo = f.ui.tr(e.action_key);
    if (view.what.empty()) std::swap(view.what, view.todo);
    if (e.retry_possible) view.actions.push_back({"error.retry", f.ui.tr("common.retry"), true});
    view.actions.push_back({"error.dismiss", f.ui.tr("error.dismiss"), !e.retry_possible});
    for (const auto& text : {view.title, view.what, view.todo}) note(f, text);
    for (const auto& action : view.actions) note(f, action.label);
    return view;
}

MaybeIntent error_overlay(ScreenFrame& f, const core::ErrorPanel& e) {
    OverlayWindow overlay(f.ui, "error");
    // A panel, not a page: the screen behind stays visible (dimmed), so the citizen sees where
    // they are.
    const Rect c = f.ui.layout.content();
    const Rect panel{c.x + c.w * 0.1f, c.y + c.h * 0.15f, c.w * 0.8f, c.h * 0.55f};
    return error_panel(f.ui, error_view(f, e), panel);
}

void busy_overlay(ScreenFrame& f, const core::BusyIndicator& busy) {
    OverlayWindow overlay(f.ui, "busy");
    const std::string message = f.ui.tr(busy.waiting_for_key);
    note(f, message);
    wait_indicator(f.ui, message, f.elapsed_seconds, f.ui.layout.display());
}

}  // namespace

MaybeIntent overlays(ScreenFrame& f) {
    if (f.view.countdown_seconds) {
        const int seconds = *f.view.countdown_seconds;
        note(f, f.ui.tr("session.countdown_title"));
        note(f, tr(f, "session.countdown_body", {{"seconds", std::to_string(seconds)}}));
        note(f, f.ui.tr("session.continue"));
        note(f, f.ui.tr("session.finish"));
        return countdown_banner(f.ui, {seconds});
    }
    if (f.view.error) return error_overlay(f, *f.view.error);
    if (f.view.busy) {
        busy_overlay(f, *f.view.busy);
        return std::nullopt;
    }
    if (f.view.print && f.view.print->modal) return print_panel(f, *f.view.print);
    return std::nullopt;
}

}  // namespace nanhai::kiosk::ui::screens
