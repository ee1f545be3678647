// Citizen identity numbers (公民身份号码, GB 11643-1999), also used by Hong Kong / Macau / Taiwan
// residence permits (areas 81/82/83) and the 2023 foreign permanent residence card (first digit 9).
#pragma once

#include <string>
#include <string_view>

#include "common/civil_date.hpp"
#include "common/result.hpp"

namespace nanhai {

enum class CitizenIdError {
    wrong_length,       // not 18 characters
    bad_character,      // a non-digit among the first 17, or a last character not 0-9/X
    bad_check_character,
    invalid_birth_date,  // characters 7-14 are not a real date
    birth_in_future,
};

enum class Sex { male, female };

struct CitizenId {
    std::string number;  // normalised: upper-case X
    std::string area_code;
    Date birth_date;
    Sex sex;
};

// Validates against `today` (the birth date may not be after it). Lower-case x is accepted.
Result<CitizenId, CitizenIdError> parse_citizen_id(std::string_view text, Date today);

std::string_view describe(CitizenIdError error);

}  // namespace nanhai
