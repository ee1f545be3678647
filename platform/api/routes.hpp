// Every route of /api/v1, registered by one function per area (api/routes_<area>.cpp).
#pragma once

#include "platform/api/router.hpp"

namespace nanhai::platform {

void add_all_routes(Router& router);

void add_system_routes(Router& router);        // health, keys, test clock, demo helpers
void add_session_routes(Router& router);       // sign-in and sign-out
void add_catalogue_routes(Router& router);     // departments, items, guides, halls, calendar
void add_appointment_routes(Router& router);   // slots, bookings, cancel, check-in
void add_case_routes(Router& router);          // cases and their stages, receipts, pickup
void add_evaluation_routes(Router& router);    // evaluations and contests
void add_consultation_routes(Router& router);  // consultations and complaints
void add_blacklist_routes(Router& router);     // conduct records, blacklist, appeals
void add_audit_routes(Router& router);         // the personal data access record (operators)

}  // namespace nanhai::platform
