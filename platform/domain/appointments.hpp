// Appointments (art. 9): slots per hall, item and day with a capacity; booking, cancelling until
// a cutoff, check-in at the hall for a queue ticket; a booked slot that ends without check-in is
// a no-show, recorded as conduct (art. 25).
#pragma once

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

// Marks every booked appointment whose slot has ended as no_show and records the missed
// appointment for its applicant. Runs at the start of every authenticated request, inside its
// transaction, so time-driven state is always current when a rule is checked.
Result<void, ApiError> sweep_no_shows(RequestContext& ctx);

}  // namespace nanhai::platform
