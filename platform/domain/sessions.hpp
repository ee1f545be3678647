// Applicant sessions at a terminal (art. 7, 24). A session is bound to the terminal that opened
// it, expires after idle time and after a maximum age, and is ended by the kiosk on finish,
// card removal or inactivity.
#pragma once

#include <optional>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

// From "Authorization: Bearer <token>". With required = false a missing header is no session;
// a header with a bad or expired token is still an error (the kiosk should know).
Result<std::optional<Session>, ApiError> resolve_session(RequestContext& ctx, bool required);

}  // namespace nanhai::platform
