// From the widgets' ids to the core's intents. The shared widgets predate the core and name a
// few things differently (title.lang.en, keypad.backspace, countdown.finish); per-entry buttons
// carry their entry in the id so that each is tappable by id (blacklist.appeal.7). This is the
// one place that knows both vocabularies.
#pragma once

#include "kiosk/core/intent.hpp"
#include "kiosk/ui/intent.hpp"

namespace nanhai::kiosk::ui::screens {

core::Intent to_core_intent(const Intent& intent);

}  // namespace nanhai::kiosk::ui::screens
