// Evaluation (art. 17) by the case's owner: an unsatisfied level cannot be sent without a
// reason; once sent, the case shows its rating instead of asking again. A case already rated
// in the demo data shows that rating.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreEvaluation = CoreLive;

// The demo citizen's cases by item name (docs/demo-identities.md).
std::string case_of(const MyCasesView& mine, const std::string& item_zh) {
    for (const auto& c : mine.cases)
        if (c.item_zh == item_zh) return c.code;
    ADD_FAILURE() << "no case for " << item_zh;
    return {};
}

TEST_F(CoreEvaluation, UnsatisfiedNeedsAReasonThenTheRatingIsKept) {
    place(chen_card());
    settle();
    press("home.evaluate");
    settle();
    ASSERT_EQ(view().screen, "cases.mine");
    const auto code = case_of(std::get<MyCasesView>(view().data), "出生医学证明补发");  // decided
    press("cases.list", code);
    settle();
    ASSERT_EQ(view().screen, "case.timeline");
    ASSERT_TRUE(std::get<CaseTimelineView>(view().data).can_evaluate);
    press("case.evaluate");
    settle();
    ASSERT_EQ(view().screen, "evaluate");
    press("evaluate.level", "5");
    auto v = std::get<EvaluationView>(view().data);
    EXPECT_TRUE(v.reasons_needed);
    EXPECT_FALSE(v.can_submit);
    const int before = *requests_;
    press("evaluate.submit");
    EXPECT_EQ(*requests_, before) << "refused locally without a reason";
    press("evaluate.reason", "waiting");
    press("evaluate.reason", "trips");
    press("evaluate.reason", "trips");  // toggled off again
    v = std::get<EvaluationView>(view().data);
    EXPECT_EQ(v.selected, std::vector<std::string>{"waiting"});
    ASSERT_TRUE(v.can_submit);
    press("evaluate.submit");
    settle();
    ASSERT_EQ(view().screen, "evaluate.done") << (view().error ? view().error->platform_code : "");
    EXPECT_EQ(std::get<EvaluationDoneView>(view().data).level, 5);

    press("evaluate.done");
    press("home.case_query");
    press("case.code", code);
    settle();
    press("case.evaluate");
    settle();
    ASSERT_EQ(view().screen, "evaluate");
    const auto existing = std::get<EvaluationView>(view().data).existing;
    ASSERT_TRUE(existing);
    EXPECT_EQ(existing->level, 5);
    press("evaluate.level", "1");  // not rated twice
    EXPECT_EQ(std::get<EvaluationView>(view().data).level, 0);
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreEvaluation, AnonymousViewOffersNoRating) {
    place(chen_card());
    settle();
    press("home.evaluate");
    settle();
    const auto code = case_of(std::get<MyCasesView>(view().data), "出生医学证明补发");
    press("session.finish");
    settle();
    remove_card();
    press("home.case_query");
    press("case.code", code);
    settle();
    ASSERT_EQ(view().screen, "case.timeline");
    const auto& timeline = std::get<CaseTimelineView>(view().data);
    EXPECT_TRUE(timeline.restricted);
    EXPECT_FALSE(timeline.can_evaluate);
    EXPECT_TRUE(timeline.details.empty()) << "details are the owner's";
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
