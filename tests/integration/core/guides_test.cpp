// Service guides without signing in: by topic and by department to one item's guide (materials,
// limits, fees, where, how); "book" from a guide asks for sign-in and then continues at the
// item's halls.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreGuides = CoreLive;

std::vector<std::string> titles(const GuideDetailView& v) {
    std::vector<std::string> out;
    for (const auto& s : v.sections) out.push_back(s.title_key);
    return out;
}

TEST_F(CoreGuides, TopicToItemShowsTheWholeGuideAndBookingContinuesAfterSignIn) {
    press("home.guides");
    settle();
    ASSERT_EQ(view().screen, "guides");
    EXPECT_EQ(std::get<GuideHomeView>(view().data).departments.size(), 7u);
    press("guides.topic", "licence");
    settle();
    ASSERT_EQ(view().screen, "guides.items");
    const auto& items = std::get<GuideItemsView>(view().data).items;
    ASSERT_FALSE(items.empty());
    for (const auto& item : items) EXPECT_NE(item.name_zh.find("许可"), std::string::npos) << item.name_zh;
    press("guides.items", "SCJG-002");
    settle();
    ASSERT_EQ(view().screen, "guides.item");
    const auto guide = std::get<GuideDetailView>(view().data);
    EXPECT_EQ(titles(guide), (std::vector<std::string>{"guides.section.materials", "guides.section.limits",
                                                       "guides.section.where", "guides.section.how",
                                                       "guides.section.basis"}));
    EXPECT_FALSE(guide.sections[0].lines.empty());
    EXPECT_TRUE(guide.can_book);
    EXPECT_FALSE(core_.holds_personal_data()) << "a guide is catalogue data";

    press("guides.book");
    ASSERT_EQ(view().screen, "sign_in");
    place(chen_card());
    settle();
    ASSERT_EQ(view().screen, "appointments.halls");
    EXPECT_EQ(std::get<BookingHallsView>(view().data).item_zh, "食品经营许可");
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreGuides, ByDepartmentAndBackStepByStep) {
    press("home.guides");
    settle();
    press("guides.departments", "YBJ");
    settle();
    ASSERT_EQ(view().screen, "guides.items");
    EXPECT_EQ(std::get<GuideItemsView>(view().data).items.size(), 3u);
    press("nav.back");
    EXPECT_EQ(view().screen, "guides");
    press("nav.back");
    EXPECT_EQ(view().screen, "home");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
