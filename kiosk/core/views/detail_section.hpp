// A titled group of "label: value" lines: how the case details and the service guides are
// shown. Labels are string-table keys; a value is either a key too (a method, a yes/no) or the
// platform's own text in both languages, so the screen never translates platform data itself.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace nanhai::kiosk::core {

struct DetailLine {
    std::string label_key;  // "" for a line of text without a label
    std::string value_key;  // a string-table key, when the value is ours to translate
    std::string value_zh;   // otherwise the platform's texts (or a number, a date)
    std::string value_en;
    // Fill value_key's placeholders: {{"days", "5"}, {"date", "2026-12-08"}}.
    std::vector<std::pair<std::string, std::string>> args;
};

struct DetailSection {
    std::string title_key;
    std::vector<DetailLine> lines;
};

// A line with the same text in both languages (codes, dates, numbers).
inline DetailLine plain_line(std::string label_key, std::string value) {
    return DetailLine{std::move(label_key), {}, value, value, {}};
}
inline DetailLine text_line(std::string label_key, std::string zh, std::string en) {
    return DetailLine{std::move(label_key), {}, std::move(zh), std::move(en), {}};
}
inline DetailLine key_line(std::string label_key, std::string value_key,
                           std::vector<std::pair<std::string, std::string>> args = {}) {
    return DetailLine{std::move(label_key), std::move(value_key), {}, {}, std::move(args)};
}

}  // namespace nanhai::kiosk::core
