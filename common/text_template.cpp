// Placeholder filling (see text_template.hpp).
#include "common/text_template.hpp"

namespace nanhai {
namespace {

std::string_view lookup_arg(std::string_view name, std::span<const TextArg> args, bool& found) {
    for (const auto& [arg_name, value] : args) {
        if (arg_name == name) {
            found = true;
            return value;
        }
    }
    found = false;
    return {};
}

}  // namespace

std::string fill_placeholders(std::string_view pattern, std::initializer_list<TextArg> args) {
    return fill_placeholders(pattern, std::span<const TextArg>{args.begin(), args.size()});
}

std::string fill_placeholders(std::string_view pattern, std::span<const TextArg> args) {
    std::string out;
    out.reserve(pattern.size());
    std::size_t i = 0;
    while (i < pattern.size()) {
        const auto open = pattern.find('{', i);
        const auto close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(pattern.substr(i, open - i));
        bool found = false;
        const auto value = lookup_arg(pattern.substr(open + 1, close - open - 1), args, found);
        out.append(found ? value : pattern.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(pattern.substr(std::min(i, pattern.size())));
    return out;
}

}  // namespace nanhai
