// The error panel for each way a flow can fail: a title, what the citizen can do about it
// (string-table keys, README.md lists them) and whether retrying makes sense. Platform refusals
// also carry the platform's code and its own texts, which are fit to show a citizen.
#pragma once

#include "common/approval_code.hpp"
#include "hal/device_types.hpp"
#include "kiosk/core/view_state.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk::core {

ErrorPanel panel_for(const PlatformError& error);
ErrorPanel panel_for(ApprovalCodeError error);
ErrorPanel panel_for_card_read(const hal::DeviceError& error);

// Local refusals before any network call.
ErrorPanel card_expired_panel();
ErrorPanel card_unsupported_panel();   // a technician card at a citizen screen
ErrorPanel bad_credential_panel();     // fields the card should have are missing or malformed
ErrorPanel code_not_identity_panel();  // a scanned code that is not a mobile identity QR
ErrorPanel code_unknown_panel();       // a scanned code the kiosk cannot use

}  // namespace nanhai::kiosk::core
