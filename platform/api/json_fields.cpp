#include "platform/api/json_fields.hpp"

#include "common/utf8.hpp"

namespace nanhai::platform {
namespace {

const nlohmann::json* find(const nlohmann::json& body, std::string_view name) {
    if (!body.is_object()) return nullptr;
    auto it = body.find(name);
    return it == body.end() ? nullptr : &*it;
}

Result<std::string, ApiError> checked_string(const nlohmann::json& value, std::string_view name,
                                             std::size_t max_chars) {
    if (!value.is_string()) return fail(invalid_field(name, "must be a string"));
    auto text = value.get<std::string>();
    if (split_code_points(text).size() > max_chars)
        return fail(invalid_field(name, "is longer than " + std::to_string(max_chars)));
    for (unsigned char c : text)
        if (c < 0x20 && c != '\n') return fail(invalid_field(name, "has a control character"));
    return text;
}

}  // namespace

Result<std::string, ApiError> string_field(const nlohmann::json& body, std::string_view name,
                                           std::size_t max_chars) {
    const auto* value = find(body, name);
    if (!value || value->is_null()) return fail(invalid_field(name, "is required"));
    auto text = checked_string(*value, name, max_chars);
    if (text && text->empty()) return fail(invalid_field(name, "must not be empty"));
    return text;
}

Result<std::optional<std::string>, ApiError> optional_string_field(const nlohmann::json& body,
                                                                   std::string_view name,
                                                                   std::size_t max_chars) {
    const auto* value = find(body, name);
    if (!value || value->is_null()) return std::optional<std::string>{};
    auto text = checked_string(*value, name, max_chars);
    if (!text) return fail(text.error());
    return std::optional<std::string>{*text};
}

Result<std::int64_t, ApiError> int_field(const nlohmann::json& body, std::string_view name,
                                         std::int64_t min, std::int64_t max) {
    const auto* value = find(body, name);
    if (!value || value->is_null()) return fail(invalid_field(name, "is required"));
    if (!value->is_number_integer()) return fail(invalid_field(name, "must be an integer"));
    auto number = value->get<std::int64_t>();
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max))
        return fail(invalid_field(name, "is out of range"));
    if (number < min || number > max)
        return fail(invalid_field(name, "must be between " + std::to_string(min) + " and " +
                                            std::to_string(max)));
    return number;
}

Result<bool, ApiError> bool_field(const nlohmann::json& body, std::string_view name) {
    const auto* value = find(body, name);
    if (!value || value->is_null()) return fail(invalid_field(name, "is required"));
    if (!value->is_boolean()) return fail(invalid_field(name, "must be true or false"));
    return value->get<bool>();
}

Result<std::string, ApiError> enum_field(const nlohmann::json& body, std::string_view name,
                                         const std::vector<std::string_view>& allowed) {
    auto text = string_field(body, name, 64);
    if (!text) return text;
    for (auto a : allowed)
        if (a == *text) return text;
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string{a};
    return fail(invalid_field(name, "must be one of: " + list));
}

Result<std::vector<std::string>, ApiError> string_array_field(const nlohmann::json& body,
                                                              std::string_view name,
                                                              std::size_t max_items,
                                                              std::size_t max_chars) {
    const auto* value = find(body, name);
    std::vector<std::string> out;
    if (!value || value->is_null()) return out;
    if (!value->is_array()) return fail(invalid_field(name, "must be an array of strings"));
    if (value->size() > max_items)
        return fail(invalid_field(name, "has more than " + std::to_string(max_items) + " items"));
    for (const auto& item : *value) {
        auto text = checked_string(item, name, max_chars);
        if (!text) return fail(text.error());
        if (text->empty()) return fail(invalid_field(name, "has an empty item"));
        out.push_back(*text);
    }
    return out;
}

}  // namespace nanhai::platform
