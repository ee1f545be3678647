// Script parsing (see script.hpp).
#include "kiosk/app/script.hpp"

#include <array>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string_view>

namespace nanhai::kiosk::app {
namespace {

constexpr std::array<std::string_view, 10> kVerbs = {"tap", "type", "text", "card", "scan", "printer",
                                                     "platform", "wait", "shot", "expect"};

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r");
    return std::string(s.substr(first, last - first + 1));
}

bool known(std::string_view verb) {
    for (auto v : kVerbs)
        if (v == verb) return true;
    return false;
}

}  // namespace

Result<std::vector<ScriptLine>, std::string> parse_script(const std::string& file_name,
                                                          const std::string& text) {
    std::vector<ScriptLine> lines;
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    while (std::getline(in, raw)) {
        ++number;
        const std::string line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        const auto space = line.find(' ');
        ScriptLine parsed{number, line.substr(0, space), space == std::string::npos ? "" : trim(line.substr(space)), line};
        const std::string where = file_name + ":" + std::to_string(number) + ": ";
        if (!known(parsed.verb)) return fail(where + "unknown action '" + parsed.verb + "'");
        if (parsed.rest.empty()) return fail(where + "'" + parsed.verb + "' needs an argument");
        lines.push_back(std::move(parsed));
    }
    return lines;
}

Result<std::vector<ScriptLine>, std::string> load_script(const std::string& path) {
    std::ifstream in(path);
    if (!in) return fail("cannot read script " + path);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parse_script(path, text);
}

}  // namespace nanhai::kiosk::app
