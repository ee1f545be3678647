// Service items as the screens list them (views/booking_views.hpp ItemChoice), with their
// department's names looked up: booking and the guides show the same rows.
#pragma once

#include <vector>

#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/platform_client/catalogue_types.hpp"

namespace nanhai::kiosk::core {

std::vector<ItemChoice> item_choices(const std::vector<ItemSummary>& items, const std::vector<Department>& departments);

}  // namespace nanhai::kiosk::core
