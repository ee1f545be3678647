// Demo data for a realistic Nanhai platform: departments, the district hall and town/street
// halls with opening hours, the service catalogue with guides, terminals with dev-only keys,
// demo applicants (one blacklisted) and demo cases in every stage. Idempotent.
#pragma once

#include <string>

#include "platform/platform.hpp"

namespace nanhai::platform {

// The dev-only terminal credentials the demo registers (config/dev/README.md says so too).
inline constexpr const char* kDemoKioskId = "NH-KIOSK-0001";
inline constexpr const char* kDemoKioskKey = "dev-only-kiosk-key-0001";
inline constexpr const char* kDemoDeskId = "NH-DESK-0001";
inline constexpr const char* kDemoDeskKey = "dev-only-desk-key-0001";
// The demo operator, who may read the personal data access record (GET /api/v1/audit).
inline constexpr const char* kDemoOperatorId = "NH-OPS-0001";
inline constexpr const char* kDemoOperatorKey = "dev-only-operator-key-0001";

Result<void, std::string> seed_demo(Platform& platform);

// Parts of the seed, each in its own file under seed/.
Result<void, std::string> seed_demo_catalogue(Database& db);   // departments, halls, items
Result<void, std::string> seed_demo_terminals(Database& db);
Result<void, std::string> seed_demo_cases(Platform& platform);  // cases in every stage
Result<void, std::string> seed_demo_blacklist(Platform& platform);  // the blacklisted applicant

}  // namespace nanhai::platform
