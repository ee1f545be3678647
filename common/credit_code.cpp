#include "common/credit_code.hpp"

#include <array>

namespace nanhai {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kCodeWeights{1, 3, 9, 27, 19, 26, 16, 17, 20,
                                            29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights{3, 7, 9, 10, 5, 8, 4, 2};

int symbol_value(char c) {
    auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// Organisation code (GB 11714): 8 body characters valued like the credit-code alphabet (digits
// 0-9, letters A=10 ... Z=35), check = 11 - (sum mod 11), 10 -> X, 11 -> 0.
bool organisation_check_ok(std::string_view org) {
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        char c = org[i];
        int v = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += v * kOrgWeights[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
    return org[8] == expected;
}

}  // namespace

Result<CreditCode, CreditCodeError> parse_credit_code(std::string_view text) {
    if (text.size() != 18) return fail(CreditCodeError::wrong_length);
    std::string code{text};
    int sum = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] >= 'a' && code[i] <= 'z') code[i] = static_cast<char>(code[i] - 'a' + 'A');
        int v = symbol_value(code[i]);
        if (v < 0) return fail(CreditCodeError::bad_character);
        if (i < 17) sum += v * kCodeWeights[i];
    }
    int check = (31 - sum % 31) % 31;
    if (symbol_value(code[17]) != check) return fail(CreditCodeError::bad_check_character);
    std::string org = code.substr(8, 9);
    if (!organisation_check_ok(org)) return fail(CreditCodeError::bad_organisation_check_character);
    return CreditCode{code, code[0], code[1], code.substr(2, 6), org};
}

std::string_view describe(CreditCodeError error) {
    switch (error) {
        case CreditCodeError::wrong_length: return "credit code must have 18 characters";
        case CreditCodeError::bad_character: return "credit code has an invalid character";
        case CreditCodeError::bad_check_character: return "credit code check character is wrong";
        case CreditCodeError::bad_organisation_check_character:
            return "organisation code check character is wrong";
    }
    return "invalid credit code";
}

}  // namespace nanhai
