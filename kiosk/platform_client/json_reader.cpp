#include "kiosk/platform_client/json_reader.hpp"

#include <limits>

namespace nanhai::kiosk {
namespace {

bool is_string(const nlohmann::json& j) { return j.is_string(); }
bool is_integer(const nlohmann::json& j) { return j.is_number_integer(); }
bool is_boolean(const nlohmann::json& j) { return j.is_boolean(); }
bool is_array(const nlohmann::json& j) { return j.is_array(); }
bool is_anything(const nlohmann::json&) { return true; }

}  // namespace

JsonReader::JsonReader(const nlohmann::json& value, std::string path)
    : JsonReader{value, std::move(path), std::make_shared<Problem>()} {}

JsonReader::JsonReader(const nlohmann::json& value, std::string path,
                       std::shared_ptr<Problem> problem)
    : value_{value}, path_{std::move(path)}, problem_{std::move(problem)} {
    if (!value_.is_object()) fail("", "is not an object");
}

void JsonReader::fail(std::string_view key, std::string_view problem) {
    if (!ok()) return;  // keep the first problem: later ones are usually its consequences
    problem_->path = key.empty() ? path_ : child_path(key);
    problem_->problem = std::string{problem};
}

std::string JsonReader::child_path(std::string_view key) const {
    return path_ + "." + std::string{key};
}

const nlohmann::json* JsonReader::member(std::string_view key, bool required,
                                         bool (*is_type)(const nlohmann::json&),
                                         std::string_view expected) {
    if (!ok()) return nullptr;
    auto it = value_.find(key);
    if (it == value_.end() || (it->is_null() && !required)) {
        if (required) fail(key, "missing");
        return nullptr;
    }
    if (!is_type(*it)) {
        fail(key, "is not " + std::string{expected});
        return nullptr;
    }
    return &*it;
}

std::string JsonReader::string(std::string_view key) {
    return optional_string_impl(key, true).value_or("");
}

std::optional<std::string> JsonReader::optional_string(std::string_view key) {
    return optional_string_impl(key, false);
}

std::optional<std::string> JsonReader::optional_string_impl(std::string_view key, bool required) {
    const auto* v = member(key, required, is_string, "a string");
    if (v == nullptr) return std::nullopt;
    return v->get<std::string>();
}

std::int64_t JsonReader::integer(std::string_view key) {
    return optional_integer_impl(key, true).value_or(0);
}

std::optional<std::int64_t> JsonReader::optional_integer(std::string_view key) {
    return optional_integer_impl(key, false);
}

std::optional<std::int64_t> JsonReader::optional_integer_impl(std::string_view key, bool required) {
    const auto* v = member(key, required, is_integer, "an integer");
    if (v == nullptr) return std::nullopt;
    if (v->is_number_unsigned() &&
        v->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        fail(key, "is out of range");
        return std::nullopt;
    }
    return v->get<std::int64_t>();
}

int JsonReader::small_int(std::string_view key) {
    return optional_small_int_impl(key, true).value_or(0);
}

std::optional<int> JsonReader::optional_small_int(std::string_view key) {
    return optional_small_int_impl(key, false);
}

std::optional<int> JsonReader::optional_small_int_impl(std::string_view key, bool required) {
    auto value = optional_integer_impl(key, required);
    if (!value) return std::nullopt;
    if (*value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
        fail(key, "is out of range");
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

bool JsonReader::boolean(std::string_view key) { return optional_boolean_impl(key, true).value_or(false); }

std::optional<bool> JsonReader::optional_boolean(std::string_view key) {
    return optional_boolean_impl(key, false);
}

std::optional<bool> JsonReader::optional_boolean_impl(std::string_view key, bool required) {
    const auto* v = member(key, required, is_boolean, "a boolean");
    if (v == nullptr) return std::nullopt;
    return v->get<bool>();
}

Instant JsonReader::instant(std::string_view key) {
    return optional_instant_impl(key, true).value_or(Instant{});
}

std::optional<Instant> JsonReader::optional_instant(std::string_view key) {
    return optional_instant_impl(key, false);
}

std::optional<Instant> JsonReader::optional_instant_impl(std::string_view key, bool required) {
    auto text = optional_string_impl(key, required);
    if (!text) return std::nullopt;
    auto value = parse_iso_instant(*text);
    if (!value) fail(key, "is not an ISO 8601 time");
    return value;
}

Date JsonReader::date(std::string_view key) { return optional_date_impl(key, true).value_or(Date{}); }

std::optional<Date> JsonReader::optional_date(std::string_view key) {
    return optional_date_impl(key, false);
}

std::optional<Date> JsonReader::optional_date_impl(std::string_view key, bool required) {
    auto text = optional_string_impl(key, required);
    if (!text) return std::nullopt;
    auto value = parse_iso_date(*text);
    if (!value) fail(key, "is not a YYYY-MM-DD date");
    return value;
}

std::vector<std::string> JsonReader::strings(std::string_view key) {
    return strings_impl(key, true).value_or(std::vector<std::string>{});
}

std::optional<std::vector<std::string>> JsonReader::optional_strings(std::string_view key) {
    return strings_impl(key, false);
}

std::optional<std::vector<std::string>> JsonReader::strings_impl(std::string_view key,
                                                                 bool required) {
    const auto* v = member(key, required, is_array, "an array");
    if (v == nullptr) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& item : *v) {
        if (!item.is_string()) {
            fail(key, "has an element that is not a string");
            return std::nullopt;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::vector<int> JsonReader::small_ints(std::string_view key) {
    std::vector<int> out;
    const auto* v = member(key, true, is_array, "an array");
    if (v == nullptr) return out;
    for (const auto& item : *v) {
        if (!item.is_number_integer() || item.get<std::int64_t>() < std::numeric_limits<int>::min() ||
            item.get<std::int64_t>() > std::numeric_limits<int>::max()) {
            fail(key, "has an element that is not a small integer");
            return {};
        }
        out.push_back(item.get<int>());
    }
    return out;
}

nlohmann::json JsonReader::raw(std::string_view key) {
    const auto* v = member(key, true, is_anything, "a value");
    return v ? *v : nlohmann::json{};
}

}  // namespace nanhai::kiosk
