// Art. 23: who did what from which terminal. One row per request that names a terminal.
#pragma once

#include <string>

#include "platform/api/request_context.hpp"
#include "platform/api/router.hpp"

namespace nanhai::platform {

Result<void, DbError> record_audit(const RequestContext& ctx, const Route& route, int status,
                                   const std::string& outcome);

}  // namespace nanhai::platform
