#include "platform/api/routes.hpp"

namespace nanhai::platform {

void add_all_routes(Router& router) {
    add_system_routes(router);
    add_session_routes(router);
    add_catalogue_routes(router);
    add_appointment_routes(router);
    add_case_routes(router);
    add_evaluation_routes(router);
    add_consultation_routes(router);
    add_blacklist_routes(router);
    add_audit_routes(router);
}

}  // namespace nanhai::platform
