// Typed calls of the catalogue, appointment, blacklist and case areas: what goes on the wire,
// what comes back, and what is refused locally without a request.
#include <gtest/gtest.h>

#include "common/approval_code.hpp"
#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

using namespace std::chrono;

TEST(PlatformClientAreas, MalformedApprovalCodeIsRejectedWithoutARequest) {
    FakeClientRig rig;
    auto client = make_client(rig);
    auto good = make_approval_code(Date{year{2026}, month{11}, day{30}}, 12, 345);
    std::string bad_check = good;
    bad_check.back() = bad_check.back() == '0' ? '1' : '0';
    for (const std::string& code : {bad_check, std::string{"12345"}, std::string{"44060526113001200345Y"}}) {
        auto c = client.case_by_approval_code(code);
        ASSERT_FALSE(c) << code;
        EXPECT_EQ(c.error().kind, PlatformErrorKind::invalid_input);
        EXPECT_EQ(c.error().field, "approval_code");
        EXPECT_TRUE(c.error().approval_code_error.has_value());
    }
    EXPECT_EQ(client.case_by_approval_code(bad_check).error().approval_code_error,
              ApprovalCodeError::bad_check_character);
    EXPECT_FALSE(client.confirm_pickup(bad_check));
    EXPECT_TRUE(rig.requests().empty());
}

TEST(PlatformClientAreas, WellFormedApprovalCodeIsLookedUp) {
    FakeClientRig rig;
    auto code = make_approval_code(Date{year{2026}, month{11}, day{30}}, 12, 345);
    rig.script(answer(200, R"({"code":")" + code + R"(","restricted":true,"status":"accepted",)"
                           R"("status_zh":"已受理","status_en":"Accepted","stage":"receipt",)"
                           R"("stage_name_zh":"受理","stage_name_en":"Acceptance",)"
                           R"("filed_date":"2026-11-30","updated_at":"2026-11-30T10:00:00+08:00",)"
                           R"("item":{"code":"X","name_zh":"事项","name_en":"Item"},)"
                           R"("department":{"code":"D","name_zh":"部门","name_en":"Dept"},)"
                           R"("stage_timestamps":[]})"));
    auto client = make_client(rig);
    auto c = client.case_by_approval_code(code);
    ASSERT_TRUE(c) << summary(c.error());
    EXPECT_EQ(c->code, code);
    EXPECT_TRUE(c->restricted);
    EXPECT_EQ(c->status_zh, "已受理");
    EXPECT_EQ(c->department.name_en, "Dept");
    EXPECT_TRUE(c->document.contains("stage_timestamps"));
    EXPECT_EQ(rig.requests()[0].url, "http://platform.test/api/v1/cases/" + code);
    EXPECT_FALSE(rig.requests()[0].has_header("Authorization"));  // nobody signed in
}

TEST(PlatformClientAreas, ItemSearchIsEncodedAndPaged) {
    FakeClientRig rig;
    rig.script(answer(200, R"({"items":[{"code":"NH-001","name_zh":"出生登记","name_en":"Birth",)"
                           R"("department_code":"gaj","level":"district","min_auth_level":2,)"
                           R"("appointment_required":true}],"page":2,"per_page":1,"total":3})"));
    auto client = make_client(rig);
    auto page = client.items({"出生 登记", "gaj", "", 2, 1});
    ASSERT_TRUE(page) << summary(page.error());
    EXPECT_EQ(rig.requests()[0].url,
              "http://platform.test/api/v1/items?q=%E5%87%BA%E7%94%9F%20%E7%99%BB%E8%AE%B0"
              "&department=gaj&page=2&per_page=1");
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].min_auth_level, 2);
    EXPECT_TRUE(page->has_more());
    EXPECT_EQ(client.items({"", "", "", 1, 101}).error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(rig.requests().size(), 1u);
}

TEST(PlatformClientAreas, BookingIsKeyedAndNeedsASession) {
    FakeClientRig rig;
    auto client = make_client(rig);
    auto no_session = client.book(5);
    ASSERT_FALSE(no_session);
    EXPECT_EQ(no_session.error().kind, PlatformErrorKind::session_expired);
    EXPECT_TRUE(rig.requests().empty());

    rig.script(answer(201, kSessionBody));
    rig.script(no_answer(TransportErrorKind::timeout));
    rig.script(answer(409, error_body("slot_full")));
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto booked = client.book(5);
    ASSERT_FALSE(booked);
    EXPECT_EQ(booked.error().code, "slot_full");
    ASSERT_EQ(rig.requests().size(), 3u);
    EXPECT_EQ(rig.requests()[1].header("Idempotency-Key"), rig.requests()[2].header("Idempotency-Key"));
    EXPECT_EQ(nlohmann::json::parse(rig.requests()[2].body), (nlohmann::json{{"slot_id", 5}}));
    EXPECT_TRUE(client.signed_in());  // a refusal is not a session error
}

TEST(PlatformClientAreas, CancelIsNotRetried) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(no_answer(TransportErrorKind::connection_lost));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto cancelled = client.cancel_appointment("YY202612010001");
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind, PlatformErrorKind::network);
    EXPECT_EQ(rig.requests().size(), 2u);
    EXPECT_EQ(rig.requests()[1].url, "http://platform.test/api/v1/appointments/YY202612010001/cancel");
}

TEST(PlatformClientAreas, CheckInAnswerIsParsed) {
    FakeClientRig rig;
    rig.script(answer(201, R"({"ticket":"A001","appointment_code":"YY202612010001","status":"checked_in",)"
                           R"("hall":{"code":"H1","name_zh":"大厅","name_en":"Hall"},)"
                           R"("item":{"code":"I1","name_zh":"事项","name_en":"Item"},"date":"2026-12-01",)"
                           R"("start":"09:00","end":"09:30","checked_in_at":"2026-12-01T08:45:00+08:00",)"
                           R"("waiting_ahead":2})"));
    auto client = make_client(rig);
    auto c = client.check_in_by_qr("NH1|A|k|YY202612010001|H1|2026-12-01|09:00|sig");
    ASSERT_TRUE(c) << summary(c.error());
    EXPECT_EQ(c->ticket, "A001");
    EXPECT_EQ(c->hall.name_zh, "大厅");
    EXPECT_EQ(c->waiting_ahead, 2);
    EXPECT_FALSE(rig.requests()[0].has_header("Authorization"));
    EXPECT_TRUE(rig.requests()[0].has_header("Idempotency-Key"));
}

TEST(PlatformClientAreas, AppealStatementIsCheckedLocally) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    EXPECT_EQ(client.appeal_blacklisting(3, "").error().kind, PlatformErrorKind::invalid_input);
    std::string long_text;
    for (int i = 0; i < 1001; ++i) long_text += "字";
    EXPECT_EQ(client.appeal_blacklisting(3, long_text).error().kind, PlatformErrorKind::invalid_input);
    EXPECT_EQ(rig.requests().size(), 1u);
}

}  // namespace
}  // namespace nanhai::kiosk::test
