// The applicant's rating of a decided case (好差评, art. 17; openapi.json Evaluation). Levels run
// from 1 非常满意 (very satisfied) to 5 非常不满意 (very unsatisfied); 4 and 5 need a reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"

namespace nanhai::kiosk {

struct Evaluation {
    std::int64_t id = 0;
    std::string case_code;
    int level = 0;  // 1-5
    std::string level_zh;
    std::string level_en;
    std::vector<std::string> reasons;
    std::string comment;
    Instant at;
    std::string status;  // valid | contested | contest_rejected | found_false
    std::optional<std::string> contest_evidence;
    std::string department_code;
};

}  // namespace nanhai::kiosk
