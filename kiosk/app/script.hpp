// Headless scripts: one action per line (docs/headless-scripts.md). Parsing only checks the
// shape of each line (verb and argument count), so that a typo fails before anything runs.
#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::kiosk::app {

struct ScriptLine {
    int number = 0;         // 1-based line in the file
    std::string verb;       // tap, type, card, scan, printer, platform, wait, shot, expect
    std::string rest;       // everything after the verb, trimmed (spaces inside kept)
    std::string text;       // the whole line as written, for reports
};

// Errors: "script.kiosk:7: unknown action 'tapp'".
Result<std::vector<ScriptLine>, std::string> parse_script(const std::string& file_name,
                                                          const std::string& text);
Result<std::vector<ScriptLine>, std::string> load_script(const std::string& path);

}  // namespace nanhai::kiosk::app
