// `{name}` placeholders filled from named values: the UI's string tables and the receipts'
// wording use the same rule. An unknown placeholder stays as written, so a gap is visible.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace nanhai {

// A `{name}` placeholder and its value, e.g. {"seconds", "20"}.
using TextArg = std::pair<std::string_view, std::string_view>;

std::string fill_placeholders(std::string_view pattern, std::initializer_list<TextArg> args);
std::string fill_placeholders(std::string_view pattern, std::span<const TextArg> args);

}  // namespace nanhai
