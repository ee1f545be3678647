// parse_sim_command: words separated by spaces; `scan` keeps the rest of the line verbatim
// because QR payloads may contain spaces.
#include "drivers/sim/sim_command.hpp"

#include <vector>

namespace nanhai::drivers {
namespace {

constexpr std::string_view kCommands = "card, scan, printer, status";

std::string_view strip_line_end(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    return line;
}

bool has_control_character(std::string_view line) {
    for (char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
    return false;
}

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const std::size_t begin = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > begin) words.push_back(text.substr(begin, i - begin));
    }
    return words;
}

Result<SimCommand, std::string> parse_card(const std::vector<std::string_view>& words) {
    const std::string_view action = words.size() > 1 ? words[1] : "";
    if (action == "remove") {
        if (words.size() != 2) return fail(std::string{"card remove takes no arguments"});
        return SimCardRemove{};
    }
    if (action != "insert" && action != "pull-mid-read")
        return fail(std::string{"usage: card insert NAME | card remove | card pull-mid-read NAME"});
    if (words.size() != 3) return fail("card " + std::string{action} + " needs one card name");
    if (action == "insert") return SimCardInsert{std::string{words[2]}};
    return SimCardPullMidRead{std::string{words[2]}};
}

Result<SimCommand, std::string> parse_printer(const std::vector<std::string_view>& words) {
    static constexpr std::pair<std::string_view, SimPrinterCondition> kConditions[] = {
        {"ok", SimPrinterCondition::ok},
        {"paper-low", SimPrinterCondition::paper_low},
        {"paper-out", SimPrinterCondition::paper_out},
        {"cover-open", SimPrinterCondition::cover_open},
    };
    if (words.size() == 2)
        for (const auto& [word, condition] : kConditions)
            if (words[1] == word) return SimPrinterSet{condition};
    return fail(std::string{"usage: printer ok|paper-low|paper-out|cover-open"});
}

Result<SimCommand, std::string> parse_scan(std::string_view line) {
    std::size_t i = line.find("scan") + 4;  // the first word is exactly "scan"
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) return fail(std::string{"scan needs the text of the code"});
    return SimScan{std::string{line.substr(i)}};
}

}  // namespace

Result<SimCommand, std::string> parse_sim_command(std::string_view line) {
    line = strip_line_end(line);
    if (has_control_character(line)) return fail(std::string{"control characters in command"});
    const auto words = split_words(line);
    if (words.empty()) return fail(std::string{"empty command"});
    if (words[0] == "card") return parse_card(words);
    if (words[0] == "scan") return parse_scan(line);
    if (words[0] == "printer") return parse_printer(words);
    if (words[0] == "status") {
        if (words.size() != 1) return fail(std::string{"status takes no arguments"});
        return SimStatusQuery{};
    }
    return fail("unknown command '" + std::string{words[0]} +
                "' (commands: " + std::string{kCommands} + ")");
}

}  // namespace nanhai::drivers
