// A first set of screens built from the widgets, so that the foundation can be looked at in
// every language, mode and orientation: the home screen with the flow buttons, the case-code
// keypad, the "printer out of paper" error and the inactivity countdown. The flow screens
// proper replace them as the core's view states arrive.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widgets/error_panel.hpp"

namespace nanhai::kiosk::ui {

enum class GalleryScreen { home, keypad, printer_no_paper, countdown };

inline constexpr std::array<GalleryScreen, 4> kGalleryScreens = {
    GalleryScreen::home, GalleryScreen::keypad, GalleryScreen::printer_no_paper,
    GalleryScreen::countdown};

// The screen id as used in docs/ui-ids.md and golden file names.
std::string_view gallery_screen_id(GalleryScreen screen);

struct GalleryView {
    std::string language = "zh-CN";
    std::string keypad_entered = "4406052024";
    int countdown_seconds = 15;
};

MaybeIntent draw_gallery_screen(Ui& ui, GalleryScreen screen, const GalleryView& view);

// The home screen: welcome line and one big button per citizen flow. Widget ids: home.book,
// home.checkin, home.case_query, home.print, home.evaluate, home.consult, home.guides,
// home.credit, plus the title bar's.
MaybeIntent home_screen(Ui& ui, const std::string& language);

// A fixed, QR-looking module pattern (finder squares + pseudo-random data) for the gallery:
// it shows how a code is laid out, it does not encode anything.
QrModules sample_qr_modules();

}  // namespace nanhai::kiosk::ui
