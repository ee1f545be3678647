// The one table of event ids: sorted and unique, every entry says what it means in both
// languages, and every id the kiosk's code logs is in it (read from the sources).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "kiosk/audit/event_catalog.hpp"

namespace nanhai::kiosk::audit {
namespace {

namespace fs = std::filesystem;

TEST(EventCatalog, SortedUniqueAndDescribed) {
    const auto events = event_catalog();
    ASSERT_FALSE(events.empty());
    for (std::size_t i = 1; i < events.size(); ++i) EXPECT_LT(events[i - 1].id, events[i].id) << events[i].id;
    for (const auto& e : events) {
        EXPECT_FALSE(e.meaning_en.empty()) << e.id;
        EXPECT_FALSE(e.meaning_zh.empty()) << e.id;
        EXPECT_EQ(e.action_en.empty(), e.action_zh.empty()) << e.id;
        if (e.severity == Severity::alarm) EXPECT_FALSE(e.action_en.empty()) << e.id << ": an alarm says what to do";
        EXPECT_EQ(find_event(e.id), &e);
    }
    EXPECT_EQ(find_event("no.such.event"), nullptr);
}

// Every log_event("...") id under the kiosk's own directories (the platform is a separate
// process with its own log).
TEST(EventCatalog, EveryIdTheCodeLogsIsInTheTable) {
    const std::regex call{R"re(log_event\(\s*[^,;()"]*,\s*(?:[^"]*\?\s*)?"([a-z0-9_.]+)"(?:\s*:\s*"([a-z0-9_.]+)")?)re"};
    std::set<std::string> missing;
    std::size_t seen = 0;
    for (const char* dir : {"kiosk", "drivers", "hal", "common"}) {
        for (const auto& entry : fs::recursive_directory_iterator{fs::path{KIOSK_SOURCE_DIR} / dir}) {
            if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
            std::ifstream in{entry.path()};
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (std::sregex_iterator it{source.begin(), source.end(), call}, end; it != end; ++it)
                for (std::size_t group : {1u, 2u}) {
                    const std::string id = (*it)[group].str();
                    if (id.empty()) continue;
                    ++seen;
                    if (!find_event(id)) missing.insert(id + " (" + entry.path().filename().string() + ")");
                }
        }
    }
    EXPECT_GT(seen, 80u) << "the scan found the calls";
    EXPECT_TRUE(missing.empty()) << ::testing::PrintToString(missing);
}

}  // namespace
}  // namespace nanhai::kiosk::audit
