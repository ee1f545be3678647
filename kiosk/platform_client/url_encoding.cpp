#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

bool is_unreserved(unsigned char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string percent_encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (is_unreserved(c)) {
            out += ch;
            continue;
        }
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 0x0F];
    }
    return out;
}

std::string with_query(std::string path, const std::vector<std::pair<std::string, std::string>>& query) {
    char separator = '?';
    for (const auto& [name, value] : query) {
        if (value.empty()) continue;
        path += separator;
        path += percent_encode(name);
        path += '=';
        path += percent_encode(value);
        separator = '&';
    }
    return path;
}

}  // namespace nanhai::kiosk
