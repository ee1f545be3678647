// The full-display ImGui window every screen draws into (no decoration, no scrolling: a
// kiosk screen is laid out to fit, never scrolled), and the full-display overlay window for
// modal banners, which takes every tap while it is shown.
#pragma once

#include <string_view>

#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

class ScreenWindow {
public:
    // `id` is the screen's stable id ("home", "case.keypad"); it names the ImGui window.
    ScreenWindow(Ui& ui, std::string_view id);
    ~ScreenWindow();
    ScreenWindow(const ScreenWindow&) = delete;
    ScreenWindow& operator=(const ScreenWindow&) = delete;
};

// A modal layer above the screen: dims it, and disables every widget registered so far, so a
// script cannot tap through the overlay either.
class OverlayWindow {
public:
    OverlayWindow(Ui& ui, std::string_view id);
    ~OverlayWindow();
    OverlayWindow(const OverlayWindow&) = delete;
    OverlayWindow& operator=(const OverlayWindow&) = delete;
};

}  // namespace nanhai::kiosk::ui
