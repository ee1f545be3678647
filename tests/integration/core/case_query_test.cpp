// Scenario (art. 11): a case by its approval code, typed on the keypad. Anonymous: the public
// view with the stage timestamps; signed in as the owner: her timeline too. A code with a wrong
// check character is refused on the keypad screen before any network call.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

class CoreCaseQuery : public CoreLive {
protected:
    // One of 陈美玲's demo cases, found through a separate client (the core lists no cases yet).
    std::string a_demo_case_code() {
        PlatformClient owner{live_config(platform_)};
        IdCardCredential card{IdCardType::citizen, "440605198803120528", "陈美玲", "2036-03-12"};
        EXPECT_TRUE(owner.sign_in_id_card(card));
        auto cases = owner.my_cases();
        EXPECT_TRUE(cases && !cases->items.empty());
        std::string code = cases ? cases->items.front().code : "";
        owner.sign_out();
        return code;
    }

    void type(const std::string& code) {
        for (char c : code) press(std::string{"keypad."} + c);
    }
};

TEST_F(CoreCaseQuery, AnonymousTimelineIsRestricted) {
    auto code = a_demo_case_code();
    ASSERT_EQ(code.size(), 21u);
    press("home.case_query");
    type(code);
    EXPECT_TRUE(std::get<CaseQueryView>(view().data).complete);
    press("keypad.ok");
    ASSERT_TRUE(view().busy);
    EXPECT_EQ(view().busy->waiting_for_key, "wait.case");
    settle();
    ASSERT_EQ(view().screen, "case.timeline") << (view().error ? view().error->title_key : "");
    const auto& timeline = std::get<CaseTimelineView>(view().data);
    EXPECT_EQ(timeline.code, code);
    EXPECT_TRUE(timeline.restricted);
    EXPECT_FALSE(timeline.stages.empty());
    EXPECT_FALSE(timeline.stage_zh.empty());
    EXPECT_TRUE(timeline.events.empty());
    press("case.another");
    EXPECT_EQ(view().screen, "case_query");
    press("nav.back");
    EXPECT_EQ(view().screen, "home");
    EXPECT_FALSE(core_.holds_personal_data());
}

TEST_F(CoreCaseQuery, OwnerSeesHerTimeline) {
    auto code = a_demo_case_code();
    place(chen_card());
    settle();
    press("home.case_query");
    press("case.code", code);
    settle();
    ASSERT_EQ(view().screen, "case.timeline");
    const auto& timeline = std::get<CaseTimelineView>(view().data);
    EXPECT_FALSE(timeline.restricted);
    EXPECT_FALSE(timeline.events.empty());
    press("nav.back");
    EXPECT_EQ(view().screen, "case_query");
    press("nav.back");
    EXPECT_EQ(view().screen, "signed_in");
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreCaseQuery, WrongCheckCharacterRefusedOnTheKeypad) {
    auto code = a_demo_case_code();
    int before = *requests_;
    code.back() = code.back() == '0' ? '1' : '0';
    press("home.case_query");
    type(code);
    press("keypad.ok");
    EXPECT_EQ(runner_.pending(), 0u);
    EXPECT_EQ(*requests_, before);
    EXPECT_EQ(view().screen, "case_query");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.approval_code.bad_check_character");
}

TEST_F(CoreCaseQuery, UnknownCodeIsNotFound) {
    press("home.case_query");
    press("case.code", make_approval_code(Date{std::chrono::year{2026}, std::chrono::month{11},
                                               std::chrono::day{30}}, 999, 99999));
    settle();
    EXPECT_EQ(view().screen, "case_query");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.not_found");
    EXPECT_FALSE(view().error->retry_possible);
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
