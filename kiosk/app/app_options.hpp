// The kiosk's command line: `--config FILE` (window), `--demo` (demo config + child platform),
// `--headless --script FILE --shots DIR [--size WxH] [--lang zh-CN|en] [--elder] [--demo]
// [--dev-panel] [--state-dir DIR]`.
#pragma once

#include <string>

#include "common/result.hpp"

namespace nanhai::kiosk::app {

struct AppOptions {
    std::string config_file;  // empty with --demo: config/kiosk.demo.json
    bool demo = false;
    bool headless = false;
    std::string script;
    std::string shots_dir;
    int width = 0;  // 0: from the config
    int height = 0;
    std::string language;  // empty: from the config
    bool elder = false;
    bool dev_panel = false;  // headless --demo: draw the developer panel (windowed demos always do)
    std::string state_dir;   // headless: run in this directory and keep it (tests read the log)
    bool help = false;
};

// Errors name the offending argument.
Result<AppOptions, std::string> parse_app_options(int argc, const char* const* argv);
std::string app_usage();

}  // namespace nanhai::kiosk::app
