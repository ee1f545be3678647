// Valid citizen ID numbers (GB 11643) for tests that need many distinct applicants: Nanhai's
// area code 440605, a birth date, a 3-digit sequence and the computed check character.
#pragma once

#include <cstdio>
#include <string>

namespace nanhai::test {

inline char citizen_id_check_character(const std::string& first17) {
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (first17[static_cast<std::size_t>(i)] - '0') * kWeights[i];
    return "10X98765432"[sum % 11];
}

// sequence 0..999; birth_date "YYYYMMDD".
inline std::string test_citizen_id(int sequence, const std::string& birth_date = "19900101") {
    char seq[8];
    std::snprintf(seq, sizeof seq, "%03d", sequence % 1000);
    std::string first17 = "440605" + birth_date + seq;
    return first17 + citizen_id_check_character(first17);
}

}  // namespace nanhai::test
