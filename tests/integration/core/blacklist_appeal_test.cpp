// Scenario (art. 25): 黄志强, blacklisted for four missed appointments, signs in and is shown
// why, what is blocked, the appeal deadline and the working days left; he picks a statement,
// files the appeal, sees the confirmation and the appeal pending on the notice; finishing wipes
// all of it.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreBlacklistAppeal = CoreLive;

TEST_F(CoreBlacklistAppeal, NoticeWithDeadlineThenAppealFiled) {
    place(huang_card());
    settle();
    ASSERT_EQ(view().screen, "blacklist.notice") << (view().error ? view().error->title_key : "");
    const auto& notice = std::get<BlacklistNoticeView>(view().data);
    ASSERT_EQ(notice.entries.size(), 1u);
    const auto entry = notice.entries[0];
    EXPECT_EQ(entry.kind, "missed_appointment");
    EXPECT_FALSE(entry.reason_zh.empty());
    EXPECT_EQ(entry.record_count, 4);
    EXPECT_EQ(entry.notice_date, "2026-11-25");
    EXPECT_GT(entry.appeal_deadline, "2026-12-01");
    ASSERT_TRUE(entry.appeal_working_days_left);
    EXPECT_GT(*entry.appeal_working_days_left, 0);
    EXPECT_LE(*entry.appeal_working_days_left, 30);
    EXPECT_TRUE(entry.can_appeal);
    EXPECT_FALSE(entry.blocked.empty());
    EXPECT_FALSE(entry.appeal_status);

    press("blacklist.appeal", std::to_string(entry.id));
    ASSERT_EQ(view().screen, "blacklist.appeal");
    EXPECT_FALSE(std::get<BlacklistAppealView>(view().data).can_submit);
    press("appeal.preset", "illness");
    const auto& draft = std::get<BlacklistAppealView>(view().data);
    EXPECT_EQ(draft.entry.id, entry.id);
    EXPECT_EQ(draft.selected_preset, "illness");
    EXPECT_TRUE(draft.can_submit);
    press("appeal.statement", "本人因住院未能按时到场，附出院小结，申请移出黑名单。");
    EXPECT_TRUE(std::get<BlacklistAppealView>(view().data).selected_preset.empty());

    press("appeal.submit");
    ASSERT_TRUE(view().busy);
    EXPECT_EQ(view().busy->waiting_for_key, "wait.appeal");
    settle();
    ASSERT_EQ(view().screen, "blacklist.appeal_filed") << (view().error ? view().error->platform_code : "");
    const auto& filed = std::get<AppealFiledView>(view().data);
    EXPECT_GT(filed.appeal_id, 0);
    EXPECT_EQ(filed.status, "pending");

    press("appeal.done");
    settle();
    ASSERT_EQ(view().screen, "blacklist.notice");
    EXPECT_EQ(std::get<BlacklistNoticeView>(view().data).entries[0].appeal_status, "pending");

    press("blacklist.continue");
    EXPECT_EQ(view().screen, "signed_in");
    EXPECT_TRUE(std::get<SignedInView>(view().data).blacklisted);
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreBlacklistAppeal, SignedInMenuReopensTheNotice) {
    place(huang_card());
    settle();
    press("blacklist.continue");
    press("home.blacklist");
    ASSERT_TRUE(view().busy);
    settle();
    EXPECT_EQ(view().screen, "blacklist.notice");
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
