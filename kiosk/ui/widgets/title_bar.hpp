// The bar at the top of every screen: screen title, optional back/home buttons, the language
// switch (中文 / EN) and the large-text (elder mode) toggle, so that a citizen can change both
// at any point of any flow.
#pragma once

#include <string>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::ui {

struct TitleBarView {
    std::string title;          // already translated; empty: the app title
    std::string language;       // current: "zh-CN" or "en"
    bool show_back = false;
    bool show_home = false;
    bool show_finish = false;  // signed in: end the session from any screen
};

// Widget ids: title.back, title.home, title.finish, title.lang.zh-CN / title.lang.en (value:
// the language), title.elder (value: "on" or "off", the mode wanted after the tap).
MaybeIntent title_bar(Ui& ui, const TitleBarView& view);

}  // namespace nanhai::kiosk::ui
