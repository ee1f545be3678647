// PENDING: appointments are being written.
#include "platform/domain/appointments.hpp"

namespace nanhai::platform {

Result<void, ApiError> sweep_no_shows(RequestContext&) { return {}; }

}  // namespace nanhai::platform
