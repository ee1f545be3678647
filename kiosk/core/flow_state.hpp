// The state each flow keeps between events while a session lasts. Personal data is held in
// SecureStrings; KioskCore wipes every flow when a session ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/secure_string.hpp"
#include "hal/device_events.hpp"
#include "kiosk/core/sign_in_credentials.hpp"
#include "kiosk/platform_client/blacklist_types.hpp"
#include "kiosk/platform_client/operation_key.hpp"

namespace nanhai::kiosk::core {

// What error.retry repeats.
enum class RetryAction { none, sign_in, blacklist, appeal, flow };

struct SignInFlow {
    std::optional<PendingSignIn> pending;  // kept for retry (same OperationKey) until answered
    std::string then_screen;               // where success leads ("" = the signed_in menu)
    std::string then_value;                // and with what (an item code ...)
};

// A certificate card waiting for its PIN (hal::PinRequired until CardPlaced or a failure).
struct PinEntry {
    bool active = false;
    std::string holder;     // masked by the driver
    int tries_left = -1;
    SecureString typed;     // the digits so far: personal, never in the view
    bool rejected = false;
    bool checking = false;  // submitted; the card answers with an event
    void clear() {
        typed.clear();
        secure_wipe(holder);
        *this = PinEntry{};
    }
};

struct AppealFlow {
    std::int64_t entry_id = 0;
    std::string preset;      // chosen preset id, "" when typed
    SecureString statement;  // what the applicant wrote: personal
    OperationKey key = OperationKey::fresh();  // one per appeal, reused by retry
    std::optional<Appeal> filed;
};


}  // namespace nanhai::kiosk::core
