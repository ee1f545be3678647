// Art. 23: the platform records every read and change of a person's data (which terminal,
// which session, whose data, which record, when) and lists it to operators only.
#include <gtest/gtest.h>

#include "tests/support/in_process_platform.hpp"
#include "tests/support/openapi_validator.hpp"
#include "tests/support/platform_test_helpers.hpp"

namespace nanhai::test {
namespace {

constexpr const char* kChen = "440605198803120528";

struct AuditRig {
    InProcessPlatform p{true};  // the demo data: the citizen's cases
    std::int64_t rows(const std::string& where) {
        return count_rows(p.db(), "SELECT COUNT(*) FROM personal_data_access WHERE " + where);
    }
    platform::HttpResponse as_operator(const std::string& query = "") {
        p.use_terminal("NH-OPS-0001", "dev-only-operator-key-0001");
        p.use_session(std::nullopt);
        auto r = p.call("GET", "/api/v1/audit" + query);
        const auto problems = OpenApiValidator::repository().check_response("GET", "/api/v1/audit", r.status, r.body);
        EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
        p.use_terminal("NH-KIOSK-0001", "dev-only-kiosk-key-0001");
        return r;
    }
};

TEST(PersonalDataAudit, SignInAndEveryReadOfTheApplicantsDataAreRecorded) {
    AuditRig rig;
    rig.p.sign_in_citizen(kChen, "陈美玲");
    EXPECT_EQ(rig.rows("action = 'POST /api/v1/sessions' AND access = 'change'"), 1);
    ASSERT_EQ(rig.p.call("GET", "/api/v1/cases").status, 200);
    ASSERT_EQ(rig.p.call("GET", "/api/v1/blacklist").status, 200);
    EXPECT_EQ(rig.rows("action = 'GET /api/v1/cases' AND access = 'read' AND record LIKE 'applicant:%'"), 1);
    EXPECT_EQ(rig.rows("action = 'GET /api/v1/blacklist' AND access = 'read'"), 1);
    EXPECT_EQ(rig.rows("terminal_id = 'NH-KIOSK-0001' AND session_ref IS NOT NULL AND length(session_ref) = 16"), 3)
        << "the sign-in names the session it opened";
    EXPECT_EQ(count_rows(rig.p.db(), "SELECT COUNT(DISTINCT session_ref) FROM personal_data_access"), 1);
}

// Anyone may look a case up by its code; without the owner's session nothing personal is in the
// answer, and nobody's data is on record as read. The owner's session reads the details.
TEST(PersonalDataAudit, ACaseLookedUpByCodeIsARecordOnlyWhenItsDetailsWereShown) {
    AuditRig rig;
    rig.p.sign_in_citizen(kChen, "陈美玲");
    const auto cases = rig.p.call("GET", "/api/v1/cases");
    ASSERT_FALSE(cases.body["items"].empty());
    const std::string code = cases.body["items"][0]["code"];
    rig.p.use_session(std::nullopt);
    ASSERT_EQ(rig.p.call("GET", "/api/v1/cases/" + code).status, 200);
    EXPECT_EQ(rig.rows("record = 'case:" + code + "'"), 0);
    rig.p.sign_in_citizen(kChen, "陈美玲");
    ASSERT_EQ(rig.p.call("GET", "/api/v1/cases/" + code).status, 200);
    EXPECT_EQ(rig.rows("record = 'case:" + code + "' AND access = 'read' AND session_ref IS NOT NULL"), 1);
}

TEST(PersonalDataAudit, AFailedRequestLeavesNoRow) {
    AuditRig rig;
    rig.p.sign_in_citizen(kChen, "陈美玲");
    const auto before = rig.rows("1=1");
    EXPECT_GE(rig.p.call("GET", "/api/v1/cases/NH2099999999999").status, 400);
    EXPECT_EQ(rig.rows("1=1"), before);
}

TEST(PersonalDataAudit, OperatorsListItNewestFirstWithFiltersAndNothingPersonal) {
    AuditRig rig;
    rig.p.sign_in_citizen(kChen, "陈美玲");
    ASSERT_EQ(rig.p.call("GET", "/api/v1/cases").status, 200);
    const auto all = rig.as_operator();
    ASSERT_EQ(all.status, 200);
    ASSERT_GE(all.body["total"].get<int>(), 2);
    EXPECT_EQ(all.body["items"][0]["action"], "GET /api/v1/cases");
    EXPECT_EQ(all.body["items"][0]["terminal_id"], "NH-KIOSK-0001");
    const std::string text = all.body.dump();
    EXPECT_EQ(text.find(kChen), std::string::npos);
    EXPECT_EQ(text.find("陈美玲"), std::string::npos);
    const auto applicant = all.body["items"][0]["applicant_id"].get<int>();
    EXPECT_EQ(rig.as_operator("?applicant_id=" + std::to_string(applicant) + "&per_page=1").body["items"].size(), 1u);
    EXPECT_EQ(rig.as_operator("?applicant_id=999999").body["total"], 0);
    EXPECT_EQ(rig.as_operator("?terminal_id=NH-KIOSK-0002").body["total"], 0);
    EXPECT_EQ(rig.as_operator("?from=2030-01-01T00:00:00Z").body["total"], 0);
    EXPECT_EQ(rig.as_operator("?to=2026-12-01T01:00:00Z").body["total"], 0) << "to is exclusive: all rows are at 09:00";
    EXPECT_EQ(rig.as_operator("?from=yesterday").status, 422);
    EXPECT_EQ(rig.as_operator("?applicant_id=-1").status, 422);
}

TEST(PersonalDataAudit, AKioskOrDeskKeyIsRefusedAndAnUnknownOneIsUnknown) {
    AuditRig rig;
    auto kiosk = rig.p.call("GET", "/api/v1/audit");
    EXPECT_EQ(kiosk.status, 403);
    EXPECT_EQ(error_code_of(kiosk), "terminal_forbidden");
    rig.p.use_terminal("NH-DESK-0001", "dev-only-desk-key-0001");
    EXPECT_EQ(error_code_of(rig.p.call("GET", "/api/v1/audit")), "terminal_forbidden");
    rig.p.use_terminal("NH-OPS-0001", "wrong-key");
    EXPECT_EQ(error_code_of(rig.p.call("GET", "/api/v1/audit")), "terminal_unknown");
    rig.p.use_terminal("NH-OPS-0001", "dev-only-operator-key-0001");
    EXPECT_EQ(error_code_of(rig.p.call("GET", "/api/v1/cases")), "terminal_unknown") << "an operator is not a terminal";
}

}  // namespace
}  // namespace nanhai::test
