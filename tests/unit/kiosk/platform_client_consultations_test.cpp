// Typed consultation calls: filing (keyed, with or without a session), following a ticket, the
// own list, and what is refused locally without a request.
#include <gtest/gtest.h>

#include "common/approval_code.hpp"
#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

using namespace std::chrono;

std::string linked_code() {
    return make_approval_code(Date{year{2026}, month{11}, day{9}}, 8, 2);
}

nlohmann::json ticket_json(bool restricted) {
    return {{"ticket", "TS202612010001"},
            {"kind", "complaint"},
            {"kind_zh", "投诉"},
            {"subject", "窗口排队太久"},
            {"body", restricted ? nlohmann::json(nullptr) : nlohmann::json("等了两个小时。")},
            {"case_code", linked_code()},
            {"contact_phone_masked", "138****5678"},
            {"filed_at", "2026-12-01T09:00:00+08:00"},
            {"reply_due", "2026-12-08"},
            {"status", restricted ? "pending" : "replied"},
            {"reply", restricted ? nlohmann::json(nullptr)
                                 : nlohmann::json{{"text", "已核实"},
                                                  {"replied_at", "2026-12-02T10:00:00+08:00"}}},
            {"found_false", false},
            {"channel_zh", "南海民声热线"},
            {"channel_en", "Nanhai hotline"},
            {"restricted", restricted}};
}

TEST(PlatformClientConsultations, InputIsCheckedLocally) {
    FakeClientRig rig;
    auto client = make_client(rig);
    auto kind = ConsultationKind::consultation;
    EXPECT_EQ(client.file_consultation(kind, "", "正文").error().field, "subject");
    std::string long_subject;
    for (int i = 0; i < 101; ++i) long_subject += "字";
    EXPECT_EQ(client.file_consultation(kind, long_subject, "正文").error().field, "subject");
    EXPECT_EQ(client.file_consultation(kind, "主题", "").error().field, "body");
    EXPECT_EQ(client.file_consultation(kind, "主题", "\xc3").error().field, "body");
    EXPECT_EQ(client.file_consultation(kind, "主题", "a\tb").error().field, "body");
    EXPECT_EQ(client.file_consultation(kind, "主题", "正文", "12345").error().field, "case_code");
    for (const char* phone : {"12812345678", "1381234567", "0757-123", "757-86123456", ""})
        EXPECT_EQ(client.file_consultation(kind, "主题", "正文", std::nullopt, phone).error().field,
                  "contact_phone")
            << phone;
    for (const char* ticket : {"", "XX202612010001", "TS20261201001", "ZX20261201000a"})
        EXPECT_EQ(client.consultation(ticket).error().kind, PlatformErrorKind::invalid_input)
            << ticket;
    EXPECT_EQ(client.my_consultations().error().kind, PlatformErrorKind::session_expired);
    EXPECT_TRUE(rig.requests().empty());
}

TEST(PlatformClientConsultations, AnonymousFilingIsKeyedAndParsed) {
    FakeClientRig rig;
    rig.script(no_answer(TransportErrorKind::timeout));
    rig.script(answer(201, ticket_json(true).dump()));
    auto client = make_client(rig);
    auto key = OperationKey::fresh();
    auto filed =
        client.file_consultation(ConsultationKind::complaint, "窗口排队太久",
                                 "等了两个小时。\n请改进。", linked_code(), "13812345678", key);
    ASSERT_TRUE(filed) << summary(filed.error());
    EXPECT_EQ(filed->ticket, "TS202612010001");
    EXPECT_EQ(filed->kind, "complaint");
    EXPECT_TRUE(filed->restricted);
    EXPECT_FALSE(filed->body);
    EXPECT_FALSE(filed->reply);
    EXPECT_EQ(filed->contact_phone_masked, "138****5678");
    EXPECT_EQ(format_iso_date(filed->reply_due), "2026-12-08");
    ASSERT_EQ(rig.requests().size(), 2u);
    EXPECT_FALSE(rig.requests()[1].has_header("Authorization"));
    EXPECT_EQ(rig.requests()[0].header("Idempotency-Key"), key.value);
    EXPECT_EQ(rig.requests()[1].header("Idempotency-Key"), key.value);
    EXPECT_EQ(nlohmann::json::parse(rig.requests()[1].body),
              (nlohmann::json{{"kind", "complaint"},
                              {"subject", "窗口排队太久"},
                              {"body", "等了两个小时。\n请改进。"},
                              {"case_code", linked_code()},
                              {"contact_phone", "13812345678"}}));
}

TEST(PlatformClientConsultations, TicketIsReadWithTheSessionWhenSignedIn) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(answer(200, ticket_json(false).dump()));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto ticket = client.consultation("TS202612010001");
    ASSERT_TRUE(ticket) << summary(ticket.error());
    EXPECT_FALSE(ticket->restricted);
    EXPECT_EQ(ticket->body, "等了两个小时。");
    ASSERT_TRUE(ticket->reply);
    EXPECT_EQ(ticket->reply->text, "已核实");
    ASSERT_TRUE(ticket->reply->replied_at);
    EXPECT_EQ(rig.requests()[1].url, "http://platform.test/api/v1/consultations/TS202612010001");
    EXPECT_TRUE(rig.requests()[1].has_header("Authorization"));
}

TEST(PlatformClientConsultations, OwnTicketsArePaged) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    nlohmann::json page{
        {"items", {ticket_json(false)}}, {"page", 1}, {"per_page", 20}, {"total", 1}};
    rig.script(answer(200, page.dump()));
    auto broken = page;
    broken["items"][0].erase("reply_due");
    rig.script(answer(200, broken.dump()));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    EXPECT_EQ(client.my_consultations({1, 0}).error().kind, PlatformErrorKind::invalid_input);
    auto mine = client.my_consultations();
    ASSERT_TRUE(mine) << summary(mine.error());
    ASSERT_EQ(mine->items.size(), 1u);
    EXPECT_FALSE(mine->has_more());
    EXPECT_EQ(rig.requests()[1].url,
              "http://platform.test/api/v1/consultations?page=1&per_page=20");
    auto bad = client.my_consultations();
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "consultations.items[0].reply_due");
}

}  // namespace
}  // namespace nanhai::kiosk::test
