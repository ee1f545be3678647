// What a scanned code is, decided from its text alone (no signature check: the platform checks
// signatures when it acts on them): the kiosk's own appointment slip or acceptance receipt
// (signed payloads "NH1|A|..." / "NH1|R|..."), a mobile identity QR, a bare approval code, or
// something else. Lets the home screen route a scan to the flow that can use it.
#pragma once

#include <string>
#include <string_view>

namespace nanhai::kiosk::core {

enum class ScannedKind { identity_qr, appointment_slip, acceptance_receipt, approval_code, unknown };

struct ScannedCode {
    ScannedKind kind = ScannedKind::unknown;
    std::string reference;  // slip: the appointment code; receipt: the case code; code: itself
};

ScannedCode classify_scan(std::string_view payload);

}  // namespace nanhai::kiosk::core
