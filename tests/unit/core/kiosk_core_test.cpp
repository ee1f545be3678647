// KioskCore without a platform process: intent routing, the view of each screen, language and
// elder mode everywhere, the countdown, local refusals without a request, a late reply.
#include "kiosk/core/kiosk_core.hpp"

#include <gtest/gtest.h>

#include "kiosk/core/screen_ids.hpp"
#include "tests/unit/core/core_unit_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

TEST(CoreRouting, HomeShowsTheAnonymousMenu) {
    CoreUnitRig rig;
    EXPECT_EQ(rig.view().screen, screen::home);
    const auto& home = std::get<HomeView>(rig.view().data);
    std::vector<std::string> widgets;
    for (const auto& e : home.entries) widgets.push_back(e.widget);
    EXPECT_EQ(widgets, (std::vector<std::string>{"home.sign_in", "home.appointments", "home.check_in",
                                                 "home.case_query", "home.evaluate", "home.consult",
                                                 "home.guides"}));
    EXPECT_FALSE(rig.view().applicant);
    EXPECT_FALSE(rig.view().countdown_seconds);
}

TEST(CoreRouting, MenuEntriesOpenTheirFlowsAndBackLeavesThem) {
    CoreUnitRig rig;
    rig.intent("home.check_in");
    EXPECT_EQ(rig.view().screen, screen::check_in);
    EXPECT_FALSE(std::get<CheckInView>(rig.view().data).signed_in);
    rig.intent("nav.back");
    EXPECT_EQ(rig.view().screen, screen::home);
    rig.intent("home.consult");
    EXPECT_EQ(rig.view().screen, screen::consult);
    EXPECT_TRUE(std::holds_alternative<ConsultKindView>(rig.view().data));
    rig.intent("consult.kind", "complaint");
    EXPECT_EQ(rig.view().screen, screen::consult_topic);
    rig.intent("nav.back");  // one step back inside the flow
    EXPECT_EQ(rig.view().screen, screen::consult);
    rig.intent("nav.home");  // straight to the menu
    EXPECT_EQ(rig.view().screen, screen::home);
    EXPECT_TRUE(rig.http->urls.empty()) << "no flow so far needed the platform";
}

TEST(CoreRouting, BookingAnonymouslyAsksForSignInFirstThenGoesOn) {
    CoreUnitRig rig;
    rig.intent("home.appointments");
    EXPECT_EQ(rig.view().screen, screen::sign_in);
    EXPECT_EQ(std::get<SignInView>(rig.view().data).then_screen, "appointments");
    rig.answer(201, kUnitSessionBody);
    rig.answer(200, R"({"items":[],"page":1,"per_page":50,"total":0})");  // her appointments
    rig.event(hal::CardPlaced{chen_card()});
    rig.runner.run_all();
    EXPECT_EQ(rig.view().screen, screen::appointments);
    EXPECT_TRUE(std::get<AppointmentsView>(rig.view().data).appointments.empty());
    ASSERT_TRUE(rig.view().applicant);
    EXPECT_EQ(rig.view().applicant->masked_name, "陈*玲");
}

TEST(CoreRouting, LanguageAndElderModeWorkOnEveryScreen) {
    CoreUnitRig rig;
    rig.intent("lang", "en");
    rig.intent("elder", "");
    EXPECT_EQ(rig.view().language, "en");
    EXPECT_TRUE(rig.view().elder_mode);
    rig.intent("home.case_query");
    rig.intent("elder", "off");
    rig.intent("lang", "klingon");  // unknown: unchanged
    EXPECT_EQ(rig.view().screen, screen::case_query);
    EXPECT_EQ(rig.view().language, "en");
    EXPECT_FALSE(rig.view().elder_mode);
    rig.wait(90);  // over the countdown too
    ASSERT_TRUE(rig.view().countdown_seconds);
    rig.intent("lang", "zh-CN");
    EXPECT_EQ(rig.view().language, "zh-CN");
    EXPECT_TRUE(rig.view().countdown_seconds);
}

TEST(CoreSessionEnd, AfterTheSessionEndsTheNextCitizenGetsTheDefaults) {
    CoreUnitRig rig;
    rig.sign_in();
    rig.intent("lang", "en");
    rig.intent("session.finish");
    EXPECT_EQ(rig.view().language, "zh-CN");
    EXPECT_FALSE(rig.core.holds_personal_data());
}

TEST(CoreView, SignedInViewAndBadge) {
    CoreUnitRig rig;
    rig.intent("home.sign_in");
    EXPECT_EQ(std::get<SignInView>(rig.view().data).methods.size(), 3u);
    rig.sign_in();
    EXPECT_EQ(rig.view().screen, screen::signed_in);
    const auto& view = std::get<SignedInView>(rig.view().data);
    EXPECT_EQ(view.services_unlocked, 12);
    EXPECT_FALSE(view.blacklisted);
    ASSERT_TRUE(rig.view().applicant);
    EXPECT_EQ(rig.view().applicant->auth_level, 3);
    EXPECT_EQ(rig.view().applicant->masked_id, "4406**********0528");
    EXPECT_EQ(rig.view().applicant->auth_method, "id_card");
}

TEST(CoreView, BusyWhileWaitingThenErrorWithRetry) {
    CoreUnitRig rig;
    rig.no_answer();
    rig.event(hal::CardPlaced{chen_card()});
    ASSERT_TRUE(rig.view().busy);
    EXPECT_EQ(rig.view().busy->waiting_for_key, "wait.sign_in");
    rig.runner.run_all();
    EXPECT_FALSE(rig.view().busy);
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.platform_unreachable");
    EXPECT_TRUE(rig.view().error->retry_possible);
    rig.answer(201, kUnitSessionBody);
    rig.intent("error.retry");
    rig.runner.run_all();
    EXPECT_EQ(rig.view().screen, screen::signed_in);
    EXPECT_FALSE(rig.view().error);
}

TEST(CoreView, ExpiredCardIsRefusedWithoutARequest) {
    CoreUnitRig rig;
    rig.event(hal::CardPlaced{chen_card("2026-11-30")});
    EXPECT_EQ(rig.runner.pending(), 0u);
    EXPECT_TRUE(rig.http->urls.empty());
    EXPECT_EQ(rig.view().screen, screen::sign_in);
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.card_expired");
    EXPECT_EQ(rig.view().error->action_key, "action.renew_card");
    EXPECT_FALSE(rig.view().error->retry_possible);
    EXPECT_FALSE(rig.core.holds_personal_data());
}

TEST(CoreView, NonIdentityCodeOnTheSignInScreen) {
    CoreUnitRig rig;
    rig.intent("home.sign_in");
    rig.event(hal::CodeScanned{"https://example.com", "]Q1"});
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.code_not_identity");
    EXPECT_EQ(rig.runner.pending(), 0u);
}

TEST(CoreCaseQuery, KeypadTypingAndABadCheckCharacterRefusedLocally) {
    CoreUnitRig rig;
    rig.intent("home.case_query");
    for (char c : std::string{"44060526113001200345"}) rig.intent(std::string{"keypad."} + c);
    rig.intent("keypad.7");
    rig.intent("keypad.8");  // 22nd: ignored
    const auto& typed = std::get<CaseQueryView>(rig.view().data);
    EXPECT_EQ(typed.typed.size(), 21u);
    EXPECT_TRUE(typed.complete);
    rig.intent("keypad.delete");
    rig.intent("keypad.0");
    rig.intent("keypad.ok");
    EXPECT_EQ(rig.view().screen, screen::case_query);
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.approval_code.bad_check_character");
    EXPECT_EQ(rig.runner.pending(), 0u);
    rig.intent("keypad.clear");  // typing on clears the panel
    EXPECT_FALSE(rig.view().error);
    EXPECT_TRUE(std::get<CaseQueryView>(rig.view().data).typed.empty());
}

TEST(CoreCountdown, VisibleCountdownThenContinueThenTimeout) {
    CoreUnitRig rig;
    rig.sign_in();
    rig.wait(89);
    EXPECT_FALSE(rig.view().countdown_seconds);
    rig.wait(1);
    EXPECT_EQ(rig.view().countdown_seconds, 20);
    rig.intent("home.guides");  // modal: ignored
    EXPECT_EQ(rig.view().screen, screen::signed_in);
    rig.wait(5);
    EXPECT_EQ(rig.view().countdown_seconds, 15);
    rig.intent("countdown.continue");
    EXPECT_FALSE(rig.view().countdown_seconds);
    rig.wait(90);
    rig.wait(20);
    EXPECT_EQ(rig.view().screen, screen::home);
    EXPECT_EQ(rig.core.last_session_end(), SessionEnd::inactivity);
    EXPECT_FALSE(rig.core.holds_personal_data());
    rig.runner.run_all();  // the background sign-out
    EXPECT_EQ(rig.http->urls.back(), "DELETE http://platform.test/api/v1/sessions/current");
}

TEST(CoreCountdown, IdleHomeNeverCountsDown) {
    CoreUnitRig rig;
    rig.wait(1000);
    EXPECT_FALSE(rig.view().countdown_seconds);
    EXPECT_FALSE(rig.core.last_session_end());
}

TEST(CoreLateReply, ASignInAnsweredAfterCancelIsIgnoredAndSignedOut) {
    CoreUnitRig rig;
    rig.answer(201, kUnitSessionBody);
    rig.event(hal::CardPlaced{chen_card()});
    rig.intent("sign_in.cancel");
    EXPECT_EQ(rig.view().screen, screen::home);
    EXPECT_FALSE(rig.core.holds_personal_data());
    rig.runner.run_all();
    EXPECT_EQ(rig.core.ignored_replies(), 1u);
    EXPECT_FALSE(rig.core.signed_in());
    EXPECT_FALSE(rig.client.signed_in());  // the sign-out ran after the late sign-in
    EXPECT_FALSE(rig.core.holds_personal_data());
    EXPECT_EQ(rig.view().screen, screen::home);
}

TEST(CoreLateReply, BackWhileWaitingAbandonsOnlyTheWait) {
    CoreUnitRig rig;
    rig.sign_in();
    rig.answer(200, R"({"blacklisted":false,"entries":[]})");
    rig.intent("home.blacklist");
    ASSERT_TRUE(rig.view().busy);
    rig.intent("home.guides");  // nothing else while waiting
    EXPECT_EQ(rig.view().screen, screen::signed_in);
    rig.intent("nav.back");
    EXPECT_FALSE(rig.view().busy);
    EXPECT_TRUE(rig.core.signed_in());
    rig.runner.run_all();
    EXPECT_EQ(rig.core.ignored_replies(), 1u);
    EXPECT_EQ(rig.view().screen, screen::signed_in);
}

TEST(CoreLateReply, SessionExpiredAnswerEndsTheSession) {
    CoreUnitRig rig;
    rig.sign_in();
    rig.answer(401, R"({"error":{"code":"session_expired","message_zh":"会话已过期","message_en":"Session expired"}})");
    rig.intent("home.blacklist");
    rig.runner.run_all();
    EXPECT_EQ(rig.view().screen, screen::home);
    EXPECT_EQ(rig.core.last_session_end(), SessionEnd::session_expired);
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.session_expired");
    EXPECT_FALSE(rig.core.holds_personal_data());
    EXPECT_FALSE(rig.client.signed_in());
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
