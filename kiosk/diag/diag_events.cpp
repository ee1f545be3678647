// kiosk-diag events: the event catalogue (kiosk/audit/event_catalog.hpp) as the technician
// guide's table (--markdown, the text docs/technician-guide.md carries between its markers) or
// as one line per event.
#include <cstdio>
#include <string>

#include "kiosk/audit/event_catalog.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) out += c == '|' ? std::string{"\\|"} : std::string(1, c);
    return out;
}

}  // namespace

std::string events_markdown() {
    std::string out = "| event | severity | role | meaning | what to do |\n|---|---|---|---|---|\n";
    for (const auto& e : audit::event_catalog()) {
        out += "| `" + std::string{e.id} + "` | " + std::string{to_string(e.severity)} + " | " + std::string{to_string(e.role)} + " | " +
               cell(e.meaning_en) + "<br>" + cell(e.meaning_zh) + " | " +
               (e.action_en.empty() ? std::string{"—"} : cell(e.action_en) + "<br>" + cell(e.action_zh)) + " |\n";
    }
    return out;
}

int events_command(const std::vector<std::string>& args) {
    const bool markdown = !args.empty() && args[0] == "--markdown";
    if (!args.empty() && !markdown) return std::fprintf(stderr, "kiosk-diag events: unknown argument '%s'\n", args[0].c_str()), kUsage;
    if (markdown) return std::printf("%s", events_markdown().c_str()), kSuccess;
    for (const auto& e : audit::event_catalog())
        std::printf("%-44.*s %-8.*s %.*s\n", static_cast<int>(e.id.size()), e.id.data(), static_cast<int>(to_string(e.severity).size()),
                    to_string(e.severity).data(), static_cast<int>(e.meaning_en.size()), e.meaning_en.data());
    return kSuccess;
}

}  // namespace nanhai::kiosk::diag
