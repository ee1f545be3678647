// What the core takes from the kiosk's configuration: session timing, the idle kiosk's
// language and look, and which terminal and hall it is (receipts, check-in, the halls offered
// first).
#pragma once

#include <string>

#include "kiosk/config/kiosk_config.hpp"
#include "kiosk/core/service_availability.hpp"

namespace nanhai::kiosk::core {

struct CoreSettings {
    SessionConfig session;
    std::string language = "zh-CN";  // the idle kiosk's language; a session end restores it
    bool elder_mode = false;
    std::string terminal_id = "NH-KIOSK-0001";
    std::string terminal_hall = "NH-DISTRICT";
    ServiceRequirements services = default_service_requirements();  // config's `services` over these
};

CoreSettings core_settings(const KioskConfig& config);

}  // namespace nanhai::kiosk::core
