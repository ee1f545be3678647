// Widget ids to the core's intents: renames, pagers, and buttons whose id ends in their value.
#include "kiosk/ui/screens/intent_mapping.hpp"

#include <gtest/gtest.h>

#include "kiosk/core/flow.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

core::Intent map(std::string widget, std::string value = {}) { return to_core_intent({std::move(widget), std::move(value)}); }

void expect(const core::Intent& got, const std::string& widget, const std::string& value) {
    EXPECT_EQ(got.widget, widget);
    EXPECT_EQ(got.value, value);
}

TEST(IntentMapping, RenamedWidgets) {
    expect(map("title.back"), "nav.back", "");
    expect(map("title.home"), "nav.home", "");
    expect(map("title.finish"), "session.finish", "");
    expect(map("title.elder", "on"), "elder", "on");
    expect(map("countdown.finish"), "session.finish", "");
    expect(map("keypad.x", "X"), "keypad.X", "X");
    expect(map("keypad.backspace"), "keypad.delete", "");
}

TEST(IntentMapping, KeysKeepTheirIdRowsAndChoicesLoseTheirSuffix) {
    expect(map("keypad.5", "5"), "keypad.5", "5");
    expect(map("title.lang.en", "en"), "lang", "en");
    expect(map("appointments.days.2026-12-02", "2026-12-02"), "appointments.days", "2026-12-02");
    expect(map("appointments.slots.09:30", "09:30"), "appointments.slots", "09:30");
    expect(map("evaluate.level.4", "4"), "evaluate.level", "4");
    expect(map("blacklist.appeal.12", "12"), "blacklist.appeal", "12");
    expect(map("appointments.confirm"), "appointments.confirm", "");
}

TEST(IntentMapping, PagersBecomeThePageWanted) {
    const auto next = map("appointments.items.next", "1");
    expect(next, "appointments.items.page", "1");
    EXPECT_EQ(core::page_intent(next, "appointments.items"), 1);
    expect(map("case.details.prev", "0"), "case.details.page", "0");
    expect(map("consult.next"), "consult.next", "");  // an id ending in .next without a page is no pager
    EXPECT_FALSE(core::page_intent({"appointments.items.page", "x"}, "appointments.items"));
    EXPECT_FALSE(core::page_intent({"appointments.items.page", ""}, "appointments.items"));
    EXPECT_FALSE(core::page_intent({"appointments.halls.page", "1"}, "appointments.items"));
}

}  // namespace
}  // namespace nanhai::kiosk::ui::screens
