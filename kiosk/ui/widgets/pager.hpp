// "Previous page / page 2 of 3 / next page": big buttons instead of scrolling, which older
// users find hard on a touch screen. Widget ids "<id>.prev" and "<id>.next", value the page
// wanted (0-based); a button leading nowhere is disabled.
#pragma once

#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

MaybeIntent pager(Ui& ui, const std::string& id, int page, int pages, Rect row);

// Height of the pager row at the current theme.
float pager_height(const Ui& ui);

}  // namespace nanhai::kiosk::ui
