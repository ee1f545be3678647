// Evaluations (art. 17): only the owner rates a decided case, once; unsatisfied ratings need a
// reason; the department contests, and a rating found false becomes a conduct record.
#include <gtest/gtest.h>

#include "tests/unit/platform/case_fixture.hpp"

namespace nanhai::platform::case_test {
namespace {

class Evaluations : public CaseFixture {
  protected:
    void SetUp() override {
        CaseFixture::SetUp();
        owner_ = applicant(1);
        code_ = file(owner_, "RSJ-002");
    }
    HttpResponse rate(const json& body, const Caller* who = nullptr) {
        return call("POST", "/api/v1/cases/" + code_ + "/evaluation", who ? *who : owner_, body);
    }
    std::int64_t rated_id() {
        advance(code_, to_decision());
        auto r = rate({{"level", 4}, {"reasons", {"等待时间长"}}, {"comment", "窗口排队太久"}});
        EXPECT_EQ(r.status, 201) << r.body.dump();
        return r.body.value("id", std::int64_t{0});
    }
    HttpResponse contest(std::int64_t id, const Caller& by = desk()) {
        return call("POST", "/api/v1/evaluations/" + std::to_string(id) + "/contest", by,
                    {{"evidence", "窗口叫号记录显示等候8分钟"}});
    }
    HttpResponse decide(std::int64_t id, bool found_false) {
        return call("POST", "/api/v1/evaluations/" + std::to_string(id) + "/contest-decision",
                    desk(), {{"found_false", found_false}});
    }
    Caller owner_;
    std::string code_;
};

TEST_F(Evaluations, ACaseWithoutADecisionCannotBeRated) {
    auto r = rate({{"level", 1}});
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(code_of(r), "case_not_evaluable");
    advance(code_, {{{"stage", "pre_review"}, {"verdict", "complete"}},
                    {{"stage", "submission"}, {"method", "online"}},
                    {{"stage", "acceptance"}}});
    EXPECT_EQ(code_of(rate({{"level", 1}})), "case_not_evaluable");
}

TEST_F(Evaluations, TheOwnerRatesADecidedCaseOnce) {
    advance(code_, to_decision("refuse"));
    auto r = rate({{"level", 2}, {"comment", "办理很快"}});
    ASSERT_EQ(r.status, 201) << r.body.dump();
    EXPECT_EQ(r.body["level_zh"], "满意");
    EXPECT_EQ(r.body["status"], "valid");
    EXPECT_EQ(r.body["case_code"], code_);
    auto again = rate({{"level", 1}});
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(code_of(again), "already_evaluated");
    auto shown = call("GET", "/api/v1/cases/" + code_ + "/evaluation", owner_);
    EXPECT_EQ(shown.body["id"], r.body["id"]);
    EXPECT_EQ(shown.body["comment"], "办理很快");
}

TEST_F(Evaluations, UnsatisfiedRatingsNeedAReason) {
    advance(code_, to_decision());
    for (int level : {4, 5}) {
        auto r = rate({{"level", level}, {"reasons", json::array()}});
        EXPECT_EQ(r.status, 422);
        EXPECT_EQ(code_of(r), "evaluation_reason_required");
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM evaluations"), 0);
    auto r = rate({{"level", 5}, {"reasons", {"材料要求反复变化"}}});
    EXPECT_EQ(r.status, 201);
    EXPECT_EQ(r.body["level_en"], "Very unsatisfied");
}

TEST_F(Evaluations, LevelsOutsideOneToFiveAreRefused) {
    advance(code_, to_decision());
    EXPECT_EQ(rate({{"level", 0}}).body["error"]["details"]["field"], "level");
    EXPECT_EQ(rate({{"level", 6}}).body["error"]["details"]["field"], "level");
}

TEST_F(Evaluations, OnlyTheOwnerMayRateOrReadTheRating) {
    advance(code_, to_decision());
    auto stranger = applicant(2);
    EXPECT_EQ(code_of(rate({{"level", 1}}, &stranger)), "not_found");
    ASSERT_EQ(rate({{"level", 1}}).status, 201);
    EXPECT_EQ(code_of(call("GET", "/api/v1/cases/" + code_ + "/evaluation", stranger)),
              "not_found");
}

TEST_F(Evaluations, AContestFoundFalseBecomesAConductRecord) {
    auto id = rated_id();
    auto c = contest(id);
    ASSERT_EQ(c.status, 200) << c.body.dump();
    EXPECT_EQ(c.body["status"], "contested");
    EXPECT_EQ(c.body["contest_evidence"], "窗口叫号记录显示等候8分钟");
    EXPECT_EQ(code_of(contest(id)), "evaluation_not_contestable");
    auto d = decide(id, true);
    EXPECT_EQ(d.body["status"], "found_false");
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records WHERE kind = "
                    "'false_complaint_or_evaluation' AND reference = 'evaluation:" +
                    std::to_string(id) + "'"),
              1);
    EXPECT_EQ(code_of(decide(id, false)), "evaluation_not_contestable");
}

TEST_F(Evaluations, ARejectedContestLeavesNoRecordAndCannotBeRepeated) {
    auto id = rated_id();
    EXPECT_EQ(code_of(decide(id, false)), "evaluation_not_contestable");  // not contested yet
    ASSERT_EQ(contest(id).status, 200);
    EXPECT_EQ(decide(id, false).body["status"], "contest_rejected");
    EXPECT_EQ(count("SELECT COUNT(*) FROM conduct_records"), 0);
    EXPECT_EQ(code_of(contest(id)), "evaluation_not_contestable");
}

TEST_F(Evaluations, ContestsAreForTheCasesDepartmentDesk) {
    auto id = rated_id();
    EXPECT_EQ(code_of(contest(id, kiosk())), "terminal_forbidden");
    EXPECT_EQ(contest(id, rsj_desk()).status, 200);  // RSJ-002 belongs to RSJ
    EXPECT_EQ(code_of(contest(999)), "not_found");
}

}  // namespace
}  // namespace nanhai::platform::case_test
