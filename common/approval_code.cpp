#include "common/approval_code.hpp"

#include <cstdio>

#include "common/iso7064.hpp"

namespace nanhai {

Result<ApprovalCode, ApprovalCodeError> parse_approval_code(std::string_view text) {
    if (text.size() != kApprovalCodeLength) return fail(ApprovalCodeError::wrong_length);
    std::string code{text};
    if (code.back() == 'x') code.back() = 'X';
    auto body = std::string_view{code}.substr(0, kApprovalCodeLength - 1);
    auto check = mod11_2_check_character(body);
    char last = code.back();
    if (!check || !((last >= '0' && last <= '9') || last == 'X'))
        return fail(ApprovalCodeError::bad_character);
    if (*check != last) return fail(ApprovalCodeError::bad_check_character);
    if (body.substr(0, 6) != kNanhaiAreaCode) return fail(ApprovalCodeError::wrong_area);
    auto filed = parse_compact_date("20" + std::string{body.substr(6, 6)});
    if (!filed) return fail(ApprovalCodeError::bad_date);
    return ApprovalCode{code, *filed, std::stoi(std::string{body.substr(12, 3)}),
                        std::stoi(std::string{body.substr(15, 5)})};
}

std::string make_approval_code(Date filed, int department, int serial) {
    char body[32];
    std::snprintf(body, sizeof body, "%s%02d%02u%02u%03d%05d", kNanhaiAreaCode.data(),
                  static_cast<int>(filed.year()) % 100, static_cast<unsigned>(filed.month()),
                  static_cast<unsigned>(filed.day()), department, serial);
    std::string code{body};
    code += *mod11_2_check_character(code);
    return code;
}

std::string_view describe(ApprovalCodeError error) {
    switch (error) {
        case ApprovalCodeError::wrong_length: return "approval code must have 21 characters";
        case ApprovalCodeError::bad_character: return "approval code has an invalid character";
        case ApprovalCodeError::wrong_area: return "approval code is not from Nanhai District";
        case ApprovalCodeError::bad_date: return "approval code has an invalid filing date";
        case ApprovalCodeError::bad_check_character:
            return "approval code check character is wrong";
    }
    return "invalid approval code";
}

}  // namespace nanhai
