// Loading and lookup of the UI string tables (see string_table.hpp).
#include "kiosk/ui/string_table.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace nanhai::kiosk::ui {
namespace {

Result<std::string, std::string> read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail("cannot open " + file.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

Result<StringTable, std::string> StringTable::load(const std::filesystem::path& file) {
    auto text = read_file(file);
    if (!text) return fail(text.error());
    auto table = parse(*text, file.stem().string());
    if (!table) return fail(file.filename().string() + ": " + table.error());
    return table;
}

Result<StringTable, std::string> StringTable::parse(std::string_view json_text,
                                                    std::string language) {
    const auto doc = nlohmann::json::parse(json_text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail(std::string("not a JSON object"));
    StringTable table;
    table.language_ = std::move(language);
    for (const auto& [key, value] : doc.items()) {
        if (!value.is_string()) return fail(key + ": must be a string");
        table.texts_.emplace(key, value.get<std::string>());
    }
    return table;
}

std::string StringTable::get(std::string_view key) const {
    if (const auto it = texts_.find(key); it != texts_.end()) return it->second;
    if (std::find(missing_.begin(), missing_.end(), key) == missing_.end())
        missing_.emplace_back(key);
    return "\u3008" + std::string(key) + "\u3009";
}

std::string StringTable::format(std::string_view key, std::initializer_list<TextArg> args) const {
    return fill_placeholders(get(key), std::span<const TextArg>{args.begin(), args.size()});
}

std::string StringTable::format(std::string_view key, std::span<const TextArg> args) const {
    return fill_placeholders(get(key), args);
}

bool StringTable::contains(std::string_view key) const { return texts_.contains(key); }

std::vector<std::string> StringTable::keys() const {
    std::vector<std::string> out;
    out.reserve(texts_.size());
    for (const auto& [key, text] : texts_) out.push_back(key);
    return out;
}

std::vector<std::string> StringTable::missing_keys() const {
    auto out = missing_;
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace nanhai::kiosk::ui
