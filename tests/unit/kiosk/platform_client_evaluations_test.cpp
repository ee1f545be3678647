// Typed evaluation calls: the rating rules checked locally (levels 4 and 5 need a reason), the
// keyed submission and the parsed answer.
#include <gtest/gtest.h>

#include "common/approval_code.hpp"
#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

using namespace std::chrono;

std::string decided_code() {
    return make_approval_code(Date{year{2026}, month{11}, day{9}}, 8, 2);
}

std::string evaluation_body(int level, const std::string& status = "valid") {
    return nlohmann::json{{"id", 7},
                          {"case_code", decided_code()},
                          {"level", level},
                          {"level_zh", "满意"},
                          {"level_en", "Satisfied"},
                          {"reasons", nlohmann::json::array({"办理快"})},
                          {"comment", "很好"},
                          {"at", "2026-12-01T09:00:00+08:00"},
                          {"status", status},
                          {"contest_evidence", nullptr},
                          {"department_code", "wjj"},
                          {"extra", true}}
        .dump();
}

TEST(PlatformClientEvaluations, RatingRulesAreCheckedLocally) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    const auto code = decided_code();
    for (int level : {4, 5}) {
        auto refused = client.evaluate(code, level, {}, "太慢");
        ASSERT_FALSE(refused) << level;
        EXPECT_EQ(refused.error().kind, PlatformErrorKind::invalid_input);
        EXPECT_EQ(refused.error().field, "reasons");
    }
    for (int level : {0, 6}) EXPECT_EQ(client.evaluate(code, level).error().field, "level");
    EXPECT_EQ(client.evaluate(code, 5, {""}).error().field, "reasons");
    EXPECT_EQ(client.evaluate(code, 5, std::vector<std::string>(11, "慢")).error().field,
              "reasons");
    EXPECT_EQ(client.evaluate(code, 5, {std::string(201, 'x')}).error().field, "reasons");
    EXPECT_EQ(client.evaluate(code, 1, {}, std::string(501, 'x')).error().field, "comment");
    EXPECT_EQ(client.evaluate(code, 1, {}, "\xff").error().field, "comment");

    std::string bad_code = code;
    bad_code.back() = bad_code.back() == '0' ? '1' : '0';
    auto bad = client.evaluate(bad_code, 1);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "case_code");
    EXPECT_EQ(bad.error().approval_code_error, ApprovalCodeError::bad_check_character);
    EXPECT_EQ(client.evaluation(bad_code).error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(rig.requests().size(), 1u);  // only the sign-in went out
}

TEST(PlatformClientEvaluations, EvaluationIsKeyedAndParsed) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(answer(503, error_body("unavailable")));
    rig.script(answer(201, evaluation_body(4)));
    auto client = make_client(rig);
    EXPECT_EQ(client.evaluate(decided_code(), 2).error().kind, PlatformErrorKind::session_expired);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto rated = client.evaluate(decided_code(), 4, {"等候时间长"}, "窗口人少");
    ASSERT_TRUE(rated) << summary(rated.error());
    EXPECT_EQ(rated->id, 7);
    EXPECT_EQ(rated->level, 4);
    EXPECT_EQ(rated->reasons, std::vector<std::string>{"办理快"});
    EXPECT_EQ(rated->status, "valid");
    EXPECT_FALSE(rated->contest_evidence);
    EXPECT_EQ(rated->department_code, "wjj");
    ASSERT_EQ(rig.requests().size(), 3u);
    EXPECT_EQ(rig.requests()[1].url,
              "http://platform.test/api/v1/cases/" + decided_code() + "/evaluation");
    EXPECT_FALSE(rig.requests()[1].header("Idempotency-Key").empty());
    EXPECT_EQ(rig.requests()[1].header("Idempotency-Key"),
              rig.requests()[2].header("Idempotency-Key"));
    EXPECT_EQ(nlohmann::json::parse(rig.requests()[2].body),
              (nlohmann::json{{"level", 4}, {"reasons", {"等候时间长"}}, {"comment", "窗口人少"}}));
}

TEST(PlatformClientEvaluations, ReadingARatingNeedsTheSessionAndAValidLevel) {
    FakeClientRig rig;
    auto client = make_client(rig);
    EXPECT_EQ(client.evaluation(decided_code()).error().kind, PlatformErrorKind::session_expired);
    rig.script(answer(201, kSessionBody));
    rig.script(answer(200, evaluation_body(2)));
    rig.script(answer(200, evaluation_body(9)));
    rig.script(answer(404, error_body("not_found")));
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto rating = client.evaluation(decided_code());
    ASSERT_TRUE(rating) << summary(rating.error());
    EXPECT_EQ(rating->level, 2);
    EXPECT_EQ(rig.requests()[1].method, HttpMethod::get);
    auto strange = client.evaluation(decided_code());
    ASSERT_FALSE(strange);
    EXPECT_EQ(strange.error().kind, PlatformErrorKind::malformed_response);
    EXPECT_EQ(strange.error().field, "evaluation.level");
    EXPECT_EQ(client.evaluation(decided_code()).error().code, "not_found");
}

}  // namespace
}  // namespace nanhai::kiosk::test
