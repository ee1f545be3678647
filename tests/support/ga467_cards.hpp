// Text blocks of the four GA/T 467 card types, built field by field the way a SAM returns them
// (UCS-2LE at the documented offsets): for the decoder's tests and the device simulator.
// All numbers are made up and carry valid check characters.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "drivers/ga467/text_block.hpp"

namespace nanhai::test {

struct Ga467Field {
    std::size_t offset;
    std::size_t size;
    std::string text;
};

inline std::vector<std::uint8_t> ga467_block(const std::vector<Ga467Field>& fields, char type_marker = 0) {
    std::vector<std::uint8_t> block = drivers::ga467::encode_ucs2_field("", drivers::ga467::kTextBlockSize);
    for (const auto& f : fields) {
        const auto bytes = drivers::ga467::encode_ucs2_field(f.text, f.size);
        std::copy(bytes.begin(), bytes.end(), block.begin() + static_cast<std::ptrdiff_t>(f.offset));
    }
    if (type_marker != 0) {
        block[248] = static_cast<std::uint8_t>(type_marker);
        block[249] = 0;
    }
    return block;
}

// 陈美玲, the demo citizen (docs/demo-identities.md).
inline std::vector<std::uint8_t> citizen_block(const std::string& valid_to = "20360312",
                                               const std::string& id = "440605198803120528") {
    return ga467_block({{0, 30, "陈美玲"}, {30, 2, "2"}, {32, 4, "01"}, {36, 16, "19880312"},
                        {52, 70, "广东省佛山市南海区桂城街道南海大道北88号"}, {122, 36, id},
                        {158, 30, "佛山市公安局南海分局"}, {188, 16, "20160312"}, {204, 16, valid_to}});
}

// 梁家豪, a Hong Kong resident's residence permit (number 81..., check character X).
inline std::vector<std::uint8_t> permit_block() {
    return ga467_block({{0, 30, "梁家豪"}, {30, 2, "1"}, {36, 16, "19920515"}, {52, 70, "广东省佛山市南海区大沥镇"},
                        {122, 36, "81000019920515003X"}, {158, 30, "佛山市公安局"}, {188, 16, "20210601"},
                        {204, 16, "20260601"}, {220, 18, "H01234567"}, {238, 4, "01"}},
                       'J');
}

// SMITH, EMMA on a 2017 card: the 15-character PR number, the English name first.
inline std::vector<std::uint8_t> pr2017_block() {
    return ga467_block({{0, 120, "SMITH, EMMA"}, {120, 2, "2"}, {122, 30, "GBR440085072101"}, {152, 6, "GBR"},
                        {158, 30, "史密斯"}, {188, 16, "20180101"}, {204, 16, "20280101"}, {220, 16, "19850721"},
                        {236, 4, "01"}, {240, 8, "1500"}},
                       'I');
}

// 艾玛·史密斯 on a 2023 card: an 18-digit number starting with 9, the English name in two parts.
inline std::vector<std::uint8_t> pr2023_block() {
    return ga467_block({{0, 30, "艾玛·史密斯"}, {30, 2, "2"}, {32, 4, "00"}, {36, 16, "19850721"},
                        {52, 70, "SMITH, EMMA ELIZABETH CHARLOTTE"}, {122, 36, "944826198507210128"},
                        {188, 16, "20230301"}, {204, 16, "20330301"}, {220, 22, " ALEXANDRA"}, {242, 6, "GBR"}},
                       'Y');
}

}  // namespace nanhai::test
