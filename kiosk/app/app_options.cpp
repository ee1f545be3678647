// Command-line parsing (see app_options.hpp).
#include "kiosk/app/app_options.hpp"

#include <charconv>
#include <string_view>

namespace nanhai::kiosk::app {
namespace {

bool parse_size(std::string_view text, int& width, int& height) {
    const auto x = text.find('x');
    if (x == std::string_view::npos) return false;
    const auto w = std::from_chars(text.data(), text.data() + x, width);
    const auto h = std::from_chars(text.data() + x + 1, text.data() + text.size(), height);
    return w.ec == std::errc{} && h.ec == std::errc{} && width >= 320 && height >= 320 &&
           h.ptr == text.data() + text.size();
}

Result<void, std::string> check(const AppOptions& o) {
    if (o.help) return {};
    if (o.headless && (o.script.empty() || o.shots_dir.empty()))
        return fail(std::string("--headless needs --script FILE and --shots DIR"));
    if (!o.headless && o.config_file.empty() && !o.demo)
        return fail(std::string("give --config FILE, --demo or --headless"));
    if (!o.language.empty() && o.language != "zh-CN" && o.language != "en")
        return fail("--lang: expected zh-CN or en, got '" + o.language + "'");
    return {};
}

}  // namespace

Result<AppOptions, std::string> parse_app_options(int argc, const char* const* argv) {
    AppOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&](std::string& into) -> bool {
            if (i + 1 >= argc) return false;
            into = argv[++i];
            return true;
        };
        bool ok = true;
        if (arg == "--config") ok = value(o.config_file);
        else if (arg == "--demo") o.demo = true;
        else if (arg == "--headless") o.headless = true;
        else if (arg == "--script") ok = value(o.script);
        else if (arg == "--shots") ok = value(o.shots_dir);
        else if (arg == "--lang") ok = value(o.language);
        else if (arg == "--elder") o.elder = true;
        else if (arg == "--dev-panel") o.dev_panel = true;
        else if (arg == "--state-dir") ok = value(o.state_dir);
        else if (arg == "--help" || arg == "-h") o.help = true;
        else if (arg == "--size") {
            std::string size;
            ok = value(size) && parse_size(size, o.width, o.height);
            if (!ok) return fail("--size: expected WxH (at least 320x320), got '" + size + "'");
        } else return fail("unknown argument '" + std::string(arg) + "'\n" + app_usage());
        if (!ok) return fail(std::string(arg) + ": missing value");
    }
    if (auto checked = check(o); !checked) return fail(checked.error() + "\n" + app_usage());
    return o;
}

std::string app_usage() {
    return "usage: kiosk --config FILE\n"
           "       kiosk --demo\n"
           "       kiosk --headless --script FILE --shots DIR [--size WxH] [--lang zh-CN|en]\n"
           "             [--elder] [--demo] [--dev-panel] [--config FILE] [--state-dir DIR]\n"
           "Scripts: docs/headless-scripts.md\n";
}

}  // namespace nanhai::kiosk::app
