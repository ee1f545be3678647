// Unified social credit codes (统一社会信用代码, GB 32100-2015) with the embedded organisation
// code (GB 11714) and its own check character.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"

namespace nanhai {

enum class CreditCodeError {
    wrong_length,
    bad_character,  // outside 0-9 A-Z without I O S V Z (lower case is accepted and normalised)
    bad_check_character,
    bad_organisation_check_character,
};

struct CreditCode {
    std::string code;  // normalised: upper case
    char registration_authority;
    char entity_category;
    std::string area_code;
    std::string organisation_code;  // characters 9-17
};

Result<CreditCode, CreditCodeError> parse_credit_code(std::string_view text);
std::string_view describe(CreditCodeError error);

}  // namespace nanhai
