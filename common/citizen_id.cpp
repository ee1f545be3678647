#include "common/citizen_id.hpp"

#include "common/iso7064.hpp"

namespace nanhai {

Result<CitizenId, CitizenIdError> parse_citizen_id(std::string_view text, Date today) {
    if (text.size() != 18) return fail(CitizenIdError::wrong_length);
    std::string number{text};
    if (number[17] == 'x') number[17] = 'X';
    auto check = mod11_2_check_character(std::string_view{number}.substr(0, 17));
    char last = number[17];
    if (!check || !((last >= '0' && last <= '9') || last == 'X'))
        return fail(CitizenIdError::bad_character);
    if (*check != last) return fail(CitizenIdError::bad_check_character);
    auto birth = parse_compact_date(std::string_view{number}.substr(6, 8));
    if (!birth) return fail(CitizenIdError::invalid_birth_date);
    if (std::chrono::sys_days{*birth} > std::chrono::sys_days{today})
        return fail(CitizenIdError::birth_in_future);
    int sequence_digit = number[16] - '0';
    return CitizenId{number, number.substr(0, 6), *birth,
                     sequence_digit % 2 == 1 ? Sex::male : Sex::female};
}

std::string_view describe(CitizenIdError error) {
    switch (error) {
        case CitizenIdError::wrong_length: return "ID number must have 18 characters";
        case CitizenIdError::bad_character: return "ID number has an invalid character";
        case CitizenIdError::bad_check_character: return "ID number check character is wrong";
        case CitizenIdError::invalid_birth_date: return "ID number birth date is not a real date";
        case CitizenIdError::birth_in_future: return "ID number birth date is in the future";
    }
    return "invalid ID number";
}

}  // namespace nanhai
