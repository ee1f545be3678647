// A code with its Chinese and English names: how answers refer to halls, items, departments.
#pragma once

#include <string>

namespace nanhai::kiosk {

struct NamedRef {
    std::string code;
    std::string name_zh;
    std::string name_en;
};

}  // namespace nanhai::kiosk
