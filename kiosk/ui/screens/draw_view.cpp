// Picks the screen for core.view(): the ScreenData variant decides, so a screen id and its
// data can never disagree.
#include "kiosk/ui/screens/screens.hpp"

#include <type_traits>

#include "kiosk/ui/widgets/screen_window.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

MaybeIntent draw_screen(ScreenFrame& f) {
    return std::visit(
        [&f](const auto& data) -> MaybeIntent {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, core::HomeView>) return home_screen(f, data);
            else if constexpr (std::is_same_v<T, core::SignInView>) return sign_in_screen(f, data);
            else if constexpr (std::is_same_v<T, core::SignedInView>) return signed_in_screen(f, data);
            else if constexpr (std::is_same_v<T, core::BlacklistNoticeView>) return blacklist_notice_screen(f, data);
            else if constexpr (std::is_same_v<T, core::BlacklistAppealView>) return blacklist_appeal_screen(f, data);
            else if constexpr (std::is_same_v<T, core::AppealFiledView>) return appeal_filed_screen(f, data);
            else if constexpr (std::is_same_v<T, core::CaseQueryView>) return case_query_screen(f, data);
            else if constexpr (std::is_same_v<T, core::CaseTimelineView>) return case_timeline_screen(f, data);
            else return placeholder_screen(f, data);
        },
        f.view.data);
}

}  // namespace

MaybeIntent draw_view(ScreenFrame& f) {
    MaybeIntent intent;
    {
        ScreenWindow window(f.ui, f.view.screen);
        intent = draw_screen(f);
    }
    keep_first(intent, overlays(f));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
