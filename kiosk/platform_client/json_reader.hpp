// Reading the platform's JSON answers into typed structs without exceptions: tolerant of extra
// fields (the platform may add some), strict on required ones. The first problem is recorded
// with its path ("session.applicant.masked_id: missing") and later reads return defaults, so
// a parse function reads every field straight through and checks once at the end.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

class JsonReader {
public:
    // `value` should be an object; anything else is recorded as the first problem.
    JsonReader(const nlohmann::json& value, std::string path);

    std::string string(std::string_view key);
    std::optional<std::string> optional_string(std::string_view key);
    std::int64_t integer(std::string_view key);
    std::optional<std::int64_t> optional_integer(std::string_view key);
    int small_int(std::string_view key);  // an integer that fits an int
    std::optional<int> optional_small_int(std::string_view key);
    bool boolean(std::string_view key);
    std::optional<bool> optional_boolean(std::string_view key);
    Instant instant(std::string_view key);  // ISO 8601 with offset
    std::optional<Instant> optional_instant(std::string_view key);
    Date date(std::string_view key);  // YYYY-MM-DD
    std::optional<Date> optional_date(std::string_view key);
    std::vector<std::string> strings(std::string_view key);  // array of strings
    std::optional<std::vector<std::string>> optional_strings(std::string_view key);
    std::vector<int> small_ints(std::string_view key);  // array of integers that fit an int
    nlohmann::json raw(std::string_view key);                 // any value, required

    // `read` is T(JsonReader&) for the nested object / each array element.
    template <class T, class F>
    T object(std::string_view key, F read);
    template <class T, class F>
    std::optional<T> optional_object(std::string_view key, F read);
    template <class T, class F>
    std::vector<T> list(std::string_view key, F read);
    // Missing or null: nullopt; otherwise each element as `list` reads it.
    template <class T, class F>
    std::optional<std::vector<T>> optional_list(std::string_view key, F read);

    bool ok() const { return problem_->problem.empty(); }
    // Malformed-response error naming the first problem, or `value` when all reads succeeded.
    template <class T>
    Result<T, PlatformError> finish(T value) const;

    void fail(std::string_view key, std::string_view problem);

private:
    struct Problem {
        std::string path;
        std::string problem;
    };
    JsonReader(const nlohmann::json& value, std::string path, std::shared_ptr<Problem> problem);
    // The member when present with the right type; nullptr (problem recorded) otherwise.
    const nlohmann::json* member(std::string_view key, bool required, bool (*is_type)(const nlohmann::json&),
                                 std::string_view expected);
    std::string child_path(std::string_view key) const;
    std::optional<std::string> optional_string_impl(std::string_view key, bool required);
    std::optional<std::int64_t> optional_integer_impl(std::string_view key, bool required);
    std::optional<int> optional_small_int_impl(std::string_view key, bool required);
    std::optional<bool> optional_boolean_impl(std::string_view key, bool required);
    std::optional<Instant> optional_instant_impl(std::string_view key, bool required);
    std::optional<Date> optional_date_impl(std::string_view key, bool required);
    std::optional<std::vector<std::string>> strings_impl(std::string_view key, bool required);

    const nlohmann::json& value_;
    std::string path_;
    std::shared_ptr<Problem> problem_;  // shared with nested readers: one first problem
};

// Parses a whole answer: `read` gets a reader over the top-level object.
template <class T, class F>
Result<T, PlatformError> read_document(const nlohmann::json& document, std::string_view what, F read) {
    JsonReader reader{document, std::string{what}};
    T value = read(reader);
    return reader.finish(std::move(value));
}

template <class T, class F>
T JsonReader::object(std::string_view key, F read) {
    static const nlohmann::json empty = nlohmann::json::object();
    const auto* v = member(key, true, [](const nlohmann::json& j) { return j.is_object(); }, "an object");
    JsonReader child{v ? *v : empty, child_path(key), problem_};
    return read(child);
}

template <class T, class F>
std::optional<T> JsonReader::optional_object(std::string_view key, F read) {
    const auto* v = member(key, false, [](const nlohmann::json& j) { return j.is_object(); }, "an object");
    if (v == nullptr) return std::nullopt;
    JsonReader child{*v, child_path(key), problem_};
    return read(child);
}

template <class T, class F>
std::vector<T> JsonReader::list(std::string_view key, F read) {
    std::vector<T> out;
    const auto* v = member(key, true, [](const nlohmann::json& j) { return j.is_array(); }, "an array");
    if (v == nullptr) return out;
    out.reserve(v->size());
    for (std::size_t i = 0; i < v->size() && ok(); ++i) {
        JsonReader child{(*v)[i], child_path(key) + "[" + std::to_string(i) + "]", problem_};
        out.push_back(read(child));
    }
    return out;
}

template <class T, class F>
std::optional<std::vector<T>> JsonReader::optional_list(std::string_view key, F read) {
    const auto* v = member(key, false, [](const nlohmann::json& j) { return j.is_array(); }, "an array");
    if (v == nullptr) return std::nullopt;
    return list<T>(key, read);
}

template <class T>
Result<T, PlatformError> JsonReader::finish(T value) const {
    if (!ok()) return nanhai::fail(malformed_response(problem_->path, problem_->problem));
    return value;
}

}  // namespace nanhai::kiosk
