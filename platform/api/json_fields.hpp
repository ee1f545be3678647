// Typed reads of request JSON fields. Each failure is a 422 naming the field, so a kiosk (or a
// person reading a log) knows exactly which field was wrong and why.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "platform/api/api_error.hpp"

namespace nanhai::platform {

// Required non-empty string of at most max_chars code points.
Result<std::string, ApiError> string_field(const nlohmann::json& body, std::string_view name,
                                           std::size_t max_chars);
// Absent or null -> nullopt; otherwise as string_field (empty allowed).
Result<std::optional<std::string>, ApiError> optional_string_field(const nlohmann::json& body,
                                                                   std::string_view name,
                                                                   std::size_t max_chars);
Result<std::int64_t, ApiError> int_field(const nlohmann::json& body, std::string_view name,
                                         std::int64_t min, std::int64_t max);
Result<bool, ApiError> bool_field(const nlohmann::json& body, std::string_view name);
// One of the allowed values.
Result<std::string, ApiError> enum_field(const nlohmann::json& body, std::string_view name,
                                         const std::vector<std::string_view>& allowed);
// Array of non-empty strings (may be absent -> empty).
Result<std::vector<std::string>, ApiError> string_array_field(const nlohmann::json& body,
                                                              std::string_view name,
                                                              std::size_t max_items,
                                                              std::size_t max_chars);

}  // namespace nanhai::platform
