// Masking of personal data for logs, screens and receipts (PIPL; GB/T 35273). Show only what a
// person needs to recognise their own record.
#pragma once

#include <string>
#include <string_view>

namespace nanhai {

// "440605199001011234" -> "4406**********1234"; short identifiers keep first and last character.
std::string mask_identifier(std::string_view id);
// "张三" -> "张*", "李小明" -> "李*明", "欧阳娜娜" -> "欧**娜"; Latin names keep each word's
// initial: "JOHN SMITH" -> "J*** S****".
std::string mask_name(std::string_view name);
// "13800138000" -> "138****8000".
std::string mask_phone(std::string_view phone);

}  // namespace nanhai
