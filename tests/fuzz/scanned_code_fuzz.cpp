// Whatever a scanner delivers (any bytes, not only UTF-8) is classified without a crash, and
// a code classified as the kiosk's own slip or receipt always names what it refers to.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kiosk/core/scanned_code.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto scanned = nanhai::kiosk::core::classify_scan(text);
    using nanhai::kiosk::core::ScannedKind;
    const bool names_reference = scanned.kind == ScannedKind::appointment_slip ||
                                 scanned.kind == ScannedKind::acceptance_receipt ||
                                 scanned.kind == ScannedKind::approval_code;
    if (names_reference && scanned.reference.empty()) std::abort();
    return 0;
}
