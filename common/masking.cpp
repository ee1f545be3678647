#include "common/masking.hpp"

#include <vector>

#include "common/utf8.hpp"

namespace nanhai {
namespace {

std::string mask_latin_name(std::string_view name) {
    std::string out;
    bool word_start = true;
    for (char c : name) {
        if (c == ' ') {
            out += ' ';
            word_start = true;
        } else {
            out += word_start ? c : '*';
            word_start = false;
        }
    }
    return out;
}

}  // namespace

std::string mask_identifier(std::string_view id) {
    if (id.empty()) return {};
    std::size_t keep = id.size() >= 10 ? 4 : 1;
    if (id.size() <= 2) return std::string(id.size(), '*');
    std::string out{id.substr(0, keep)};
    out.append(id.size() - 2 * keep, '*');
    out.append(id.substr(id.size() - keep));
    return out;
}

std::string mask_name(std::string_view name) {
    auto chars = split_code_points(name);
    if (chars.empty()) return {};
    bool latin = true;
    for (const auto& c : chars) latin = latin && c.size() == 1;
    if (latin) return mask_latin_name(name);
    if (chars.size() == 1) return "*";
    std::string out = chars.front();
    std::size_t middle = chars.size() == 2 ? 1 : chars.size() - 2;
    for (std::size_t i = 0; i < middle; ++i) out += '*';
    if (chars.size() > 2) out += chars.back();
    return out;
}

std::string mask_phone(std::string_view phone) {
    if (phone.size() != 11) return mask_identifier(phone);
    return std::string{phone.substr(0, 3)} + "****" + std::string{phone.substr(7)};
}

}  // namespace nanhai
