// Every event id the kiosk writes, defined once: its severity (as CUSS events: an alarm means a
// person must act), who causes it (citizen, technician, system), its outcome, the device it
// concerns, what it means and what to do, in English and Chinese. The event log takes these
// from here; the technician guide's event list is generated from this table (kiosk-diag events
// --markdown) and a test checks that the guide, the table and the ids in the code agree.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace nanhai::kiosk::audit {

enum class Severity { normal, warning, alarm };
enum class Role { citizen, technician, system };
enum class Outcome { none, success, failure };

struct EventSpec {
    std::string_view id;
    Severity severity;
    Role role;
    Outcome outcome;
    std::string_view meaning_en;
    std::string_view meaning_zh;
    std::string_view action_en;  // "" when nothing is to be done
    std::string_view action_zh;
};

std::span<const EventSpec> event_catalog();
const EventSpec* find_event(std::string_view id);
// "receipt_printer" for device.printer.*, "identity_reader" for device.idcard.* ..., "" else.
std::string_view device_of(std::string_view event_id);

std::string_view to_string(Severity severity);
std::string_view to_string(Role role);
std::string_view to_string(Outcome outcome);
std::optional<Severity> parse_severity(std::string_view text);

}  // namespace nanhai::kiosk::audit
