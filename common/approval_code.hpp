// The unified approval code (统一审批编码) issued by the platform when an application is filed.
// Its exact layout is the platform's to define (protocols.md §5); ours is digits only, so that a
// citizen can type it on a numeric keypad, and ends in a check character the kiosk verifies
// offline before any network call:
//
//   440605 YYMMDD DDD NNNNN C      (21 characters, no separators)
//   area   filed  dept serial check
//
// area: administrative division code of Nanhai District; filed: local date of filing;
// dept: the department's 3-digit code; serial: 5-digit sequence per department and day;
// check: ISO 7064 MOD 11-2 over the 20 digits ('0'-'9' or 'X').
#pragma once

#include <string>
#include <string_view>

#include "common/civil_date.hpp"
#include "common/result.hpp"

namespace nanhai {

inline constexpr std::string_view kNanhaiAreaCode = "440605";
inline constexpr std::size_t kApprovalCodeLength = 21;

enum class ApprovalCodeError { wrong_length, bad_character, wrong_area, bad_date, bad_check_character };

struct ApprovalCode {
    std::string code;
    Date filed;
    int department;
    int serial;
};

Result<ApprovalCode, ApprovalCodeError> parse_approval_code(std::string_view text);
// department 0-999, serial 1-99999 (the caller guarantees the ranges).
std::string make_approval_code(Date filed, int department, int serial);
std::string_view describe(ApprovalCodeError error);

}  // namespace nanhai
