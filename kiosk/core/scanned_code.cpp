// Classification of scanned codes (see scanned_code.hpp).
#include "kiosk/core/scanned_code.hpp"

#include <vector>

#include "common/approval_code.hpp"
#include "kiosk/core/sign_in_credentials.hpp"

namespace nanhai::kiosk::core {
namespace {

std::vector<std::string_view> split_bars(std::string_view text) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const auto bar = text.find('|', start);
        parts.push_back(text.substr(start, bar == std::string_view::npos ? bar : bar - start));
        if (bar == std::string_view::npos) return parts;
        start = bar + 1;
    }
}

}  // namespace

ScannedCode classify_scan(std::string_view payload) {
    if (is_identity_qr(payload)) return {ScannedKind::identity_qr, {}};
    // NH1|<type>|<key id>|<field 1>|...|<signature>: the first field names what it is about.
    const auto parts = split_bars(payload);
    if (parts.size() >= 5 && parts[0] == "NH1" && !parts[3].empty()) {
        if (parts[1] == "A") return {ScannedKind::appointment_slip, std::string{parts[3]}};
        if (parts[1] == "R") return {ScannedKind::acceptance_receipt, std::string{parts[3]}};
    }
    if (parse_approval_code(payload)) return {ScannedKind::approval_code, std::string{payload}};
    return {ScannedKind::unknown, {}};
}

}  // namespace nanhai::kiosk::core
