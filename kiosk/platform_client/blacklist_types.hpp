// The applicant's blacklist status (art. 25) as the platform shows it: shown after sign-in and
// on the blacklist screen, where an active entry can be appealed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"

namespace nanhai::kiosk {

struct Appeal {
    std::int64_t id = 0;
    std::int64_t blacklisting_id = 0;
    std::string status;  // pending | upheld | rejected
    std::string statement;
    Instant filed_at;
    std::optional<Instant> decided_at;
    std::optional<std::string> decision_note;
};

struct BlacklistEntry {
    std::int64_t id = 0;
    std::string kind;  // missed_appointment, false_materials, ...
    std::string reason_zh;
    std::string reason_en;
    std::optional<int> record_count;
    Date notice_date;
    Date appeal_deadline;
    std::optional<int> appeal_working_days_left;  // null when that year's calendar is unknown
    bool can_appeal = false;
    std::vector<std::string> blocked;  // "booking", "applying"
    std::optional<Appeal> appeal;      // the latest one
};

struct BlacklistStatus {
    bool blacklisted = false;
    std::vector<BlacklistEntry> entries;
};

}  // namespace nanhai::kiosk
