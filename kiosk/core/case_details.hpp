// The owner's details of a case as titled sections (views/detail_section.hpp): the pre-review's
// one-time list of problems (art. 12), how to hand in the materials and what to do next, the
// acceptance receipt and its time limits (art. 14), a refusal of acceptance with its remedy,
// corrections, a special procedure and its notice (art. 15), the decision, and the delivery
// with the courier's tracking. Only stages the case has reached appear.
#pragma once

#include <vector>

#include "kiosk/core/views/detail_section.hpp"
#include "kiosk/platform_client/case_types.hpp"

namespace nanhai::kiosk::core {

std::vector<DetailSection> case_details(const CaseView& view);

}  // namespace nanhai::kiosk::core
