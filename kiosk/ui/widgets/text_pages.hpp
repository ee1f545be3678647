// Long texts (a case's details, a service guide) as pages that fit the area, with the pager
// below: titled blocks of wrapped lines, never scrolled. The page is held by the caller (the
// core), clamped here when the layout changes how much fits.
#pragma once

#include <string>
#include <vector>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct TextBlock {
    std::string title;               // already translated; may be empty
    std::vector<std::string> lines;  // already translated
};

// Draws page `page` of `blocks` over `area`; `drawn` receives every text drawn (for scripts'
// `expect text`). Widget ids: the pager's "<id>.prev" / "<id>.next", when there is more than
// one page.
MaybeIntent text_pages(Ui& ui, const std::string& id, const std::vector<TextBlock>& blocks, int page,
                       Rect area, std::vector<std::string>& drawn);

// How many pages `blocks` take over `area`.
int text_page_count(Ui& ui, const std::vector<TextBlock>& blocks, Rect area);

}  // namespace nanhai::kiosk::ui
