// PENDING: routes of this area are being written (see platform/api/routes.hpp).
#include "platform/api/routes.hpp"

namespace nanhai::platform {

void add_consultation_routes(Router&) {}

}  // namespace nanhai::platform
