// One language's user-facing texts: a flat key -> text table loaded from
// assets/strings/<lang>.json. Screens never hold literal texts, only keys (style.md).
#pragma once

#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.hpp"
#include "common/text_template.hpp"

namespace nanhai::kiosk::ui {

using nanhai::TextArg;  // common/text_template.hpp

class StringTable {
public:
    StringTable() = default;

    // Errors name the file and the offending key ("en.json: home.book: must be a string").
    static Result<StringTable, std::string> load(const std::filesystem::path& file);
    static Result<StringTable, std::string> parse(std::string_view json_text,
                                                  std::string language);

    const std::string& language() const { return language_; }

    // The text for `key`, or "〈key〉" when the key is missing: a visible gap on screen is found
    // in review, a blank is not. Missing keys are remembered for missing_keys().
    std::string get(std::string_view key) const;
    // get() with `{name}` placeholders filled; an unknown placeholder stays as written.
    std::string format(std::string_view key, std::initializer_list<TextArg> args) const;
    std::string format(std::string_view key, std::span<const TextArg> args) const;

    bool contains(std::string_view key) const;
    std::vector<std::string> keys() const;
    const std::map<std::string, std::string, std::less<>>& entries() const { return texts_; }
    // Every key asked for but missing since load (sorted, no duplicates): tests assert empty.
    std::vector<std::string> missing_keys() const;

private:
    std::string language_;
    std::map<std::string, std::string, std::less<>> texts_;
    mutable std::vector<std::string> missing_;  // lookups are const; misses are diagnostics
};

// Fills `{name}` placeholders in `pattern`, for texts that do not come from a table.
using nanhai::fill_placeholders;

}  // namespace nanhai::kiosk::ui
