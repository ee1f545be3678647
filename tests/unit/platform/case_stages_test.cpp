// The case stage machine: every transition of the table works with the choices it names, and
// every other one is refused.
#include "platform/domain/case_stages.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace nanhai::platform {
namespace {

const std::vector<std::string_view> kChoices{"",        "complete", "incomplete", "on_site",
                                             "express", "online",   "approve",    "refuse"};

bool in(const std::vector<std::string_view>& list, std::string_view v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

TEST(CaseStages, EveryStatusBelongsToAKnownStage) {
    for (const auto& row : case_status_table()) {
        EXPECT_TRUE(in(case_stages(), row.stage)) << row.status;
        EXPECT_FALSE(row.label_zh.empty()) << row.status;
        EXPECT_FALSE(row.label_en.empty()) << row.status;
        for (auto next : row.next)
            EXPECT_TRUE(in(case_stages(), next)) << row.status << " -> " << next;
    }
    for (auto stage : case_stages()) EXPECT_FALSE(stage_name(stage).zh.empty()) << stage;
}

// Each listed transition leads, with at least one choice, to a status of the target stage.
TEST(CaseStages, EveryListedTransitionIsAllowed) {
    int transitions = 0;
    for (const auto& row : case_status_table())
        for (auto next : row.next) {
            EXPECT_TRUE(transition_allowed(row.status, next));
            int reached = 0;
            for (auto choice : kChoices) {
                auto status = status_after(row.status, next, choice);
                if (!status) continue;
                ++reached;
                ASSERT_NE(case_status_info(*status), nullptr) << *status;
                EXPECT_EQ(case_status_info(*status)->stage, next)
                    << row.status << " -> " << *status;
            }
            EXPECT_GT(reached, 0) << row.status << " -> " << next;
            ++transitions;
        }
    EXPECT_EQ(transitions, 28);
}

TEST(CaseStages, EveryOtherTransitionIsRefused) {
    for (const auto& row : case_status_table())
        for (auto stage : case_stages()) {
            if (in(row.next, stage)) continue;
            EXPECT_FALSE(transition_allowed(row.status, stage)) << row.status << " -> " << stage;
            for (auto choice : kChoices)
                EXPECT_FALSE(status_after(row.status, stage, choice))
                    << row.status << " -> " << stage;
        }
    EXPECT_FALSE(transition_allowed("no_such_status", "pre_review"));
    EXPECT_FALSE(status_after("applied", "no_such_stage", ""));
}

TEST(CaseStages, ChoicesPickTheStatusInsideAStage) {
    EXPECT_EQ(status_after("applied", "pre_review", "complete"), "pre_review_passed");
    EXPECT_EQ(status_after("applied", "pre_review", "incomplete"), "corrections_requested");
    EXPECT_EQ(status_after("applied", "pre_review", "maybe"), std::nullopt);
    EXPECT_EQ(status_after("corrections_requested", "pre_review", "complete"), "pre_review_passed");
    EXPECT_EQ(status_after("pre_review_passed", "submission", "on_site"), "awaiting_materials");
    EXPECT_EQ(status_after("pre_review_passed", "submission", "express"), "materials_in_transit");
    EXPECT_EQ(status_after("pre_review_passed", "submission", "online"), "materials_submitted");
    EXPECT_EQ(status_after("accepted", "decision", "approve"), "approved");
    EXPECT_EQ(status_after("clock_paused", "decision", "refuse"), "refused");
    EXPECT_EQ(status_after("settled", "delivery", "on_site"), "awaiting_pickup");
    EXPECT_EQ(status_after("settled", "delivery", "express"), "in_transit");
    EXPECT_EQ(status_after("settled", "delivery", "online"), "pushed");
}

TEST(CaseStages, CorrectionAlternatesBetweenRequestAndReceipt) {
    EXPECT_EQ(status_after("accepted", "correction", ""), "correction_requested");
    EXPECT_EQ(status_after("correction_requested", "correction", ""), "correction_received");
    EXPECT_EQ(status_after("correction_received", "correction", ""), "correction_requested");
    EXPECT_FALSE(transition_allowed("correction_requested", "decision"));
}

TEST(CaseStages, AnExpressTrackingUpdateKeepsTheExpressMethod) {
    EXPECT_EQ(status_after("in_transit", "delivery", "express"), "in_transit");
    EXPECT_EQ(status_after("in_transit", "delivery", "on_site"), std::nullopt);
    EXPECT_FALSE(transition_allowed("awaiting_pickup", "delivery"));
    EXPECT_FALSE(transition_allowed("pushed", "delivery"));
}

TEST(CaseStages, NoStageSkipsAheadAndArchiveIsFinal) {
    EXPECT_FALSE(transition_allowed("applied", "acceptance"));
    EXPECT_FALSE(transition_allowed("applied", "decision"));
    EXPECT_FALSE(transition_allowed("pre_review_passed", "acceptance"));
    EXPECT_FALSE(transition_allowed("materials_submitted", "submission"));
    EXPECT_FALSE(transition_allowed("accepted", "settlement"));
    EXPECT_FALSE(transition_allowed("approved", "delivery"));
    EXPECT_FALSE(transition_allowed("delivered", "delivery"));
    EXPECT_FALSE(transition_allowed("not_accepted", "decision"));
    EXPECT_TRUE(case_status_info("archived")->next.empty());
    EXPECT_FALSE(transition_allowed("archived", "apply"));
}

TEST(CaseStages, EveryStageButApplyCanBeEntered) {
    std::set<std::string_view> entered;
    for (const auto& row : case_status_table())
        for (auto next : row.next) entered.insert(next);
    for (auto stage : case_stages())
        EXPECT_EQ(entered.count(stage), stage == "apply" ? 0u : 1u) << stage;
}

}  // namespace
}  // namespace nanhai::platform
