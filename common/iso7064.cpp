#include "common/iso7064.hpp"

namespace nanhai {

std::optional<char> mod11_2_check_character(std::string_view digits) {
    int sum = 0;
    int weight = 2;  // 2^1 mod 11 for the digit next to the check character
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9') return std::nullopt;
        sum += (*it - '0') * weight;
        weight = (weight * 2) % 11;
    }
    int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : static_cast<char>('0' + check);
}

}  // namespace nanhai
