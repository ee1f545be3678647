// One ViewState per core screen (and per shared overlay) filled with demo-like data in both
// languages: what the screen matrix test renders in every language, mode and orientation.
// A new view struct without a sample here fails that test's coverage check.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/view_state.hpp"

namespace nanhai::kiosk::ui::test {

struct ScreenSample {
    std::string name;  // "<screen id>" or "<screen id>+<overlay>"
    core::ViewState view;
};

std::vector<ScreenSample> screen_samples();

}  // namespace nanhai::kiosk::ui::test
