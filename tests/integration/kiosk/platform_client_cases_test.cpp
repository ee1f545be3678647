// The typed case, evaluation and consultation calls against the real kiosk-platform process
// (demo seed, terminal NH-KIOSK-0001, test clock at 2026-12-01T09:00 +08:00), signed in as the
// demo citizen 陈美玲, who owns eleven cases at every stage (docs/demo-identities.md).
#include <gtest/gtest.h>

#include <chrono>
#include <optional>

#include "common/approval_code.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "tests/support/live_client_config.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::kiosk {
namespace {

using nanhai::test::PlatformProcess;

ClientConfig config_for(const PlatformProcess& platform) {
    return nanhai::test::live_client_config(platform);
}

IdCardCredential chen_meiling() {
    return IdCardCredential{IdCardType::citizen, "440605198803120528", "陈美玲", "2036-01-01"};
}

class PlatformClientCasesLive : public ::testing::Test {
  protected:
    void SetUp() override {
        auto session = client_.sign_in_id_card(chen_meiling());
        ASSERT_TRUE(session) << summary(session.error());
    }

    std::vector<CaseSummary> all_cases() {
        auto page = client_.my_cases({1, 100});
        EXPECT_TRUE(page) << summary(page.error());
        return page ? page->items : std::vector<CaseSummary>{};
    }

    // The demo citizen's case of an item (each demo item is filed once).
    std::optional<CaseView> open_case_of(std::string_view item_code) {
        for (const auto& c : all_cases())
            if (c.item.code == item_code) {
                auto view = client_.case_by_approval_code(c.code);
                EXPECT_TRUE(view) << summary(view.error());
                if (view) return *view;
            }
        return std::nullopt;
    }

    PlatformProcess platform_;
    PlatformClient client_{config_for(platform_)};
};

TEST_F(PlatformClientCasesLive, OwnCasesAreListedAndEveryOneOpensTyped) {
    auto page = client_.my_cases({1, 5});
    ASSERT_TRUE(page) << summary(page.error());
    EXPECT_EQ(page->total, 11);
    EXPECT_EQ(page->items.size(), 5u);
    EXPECT_TRUE(page->has_more());
    auto cases = all_cases();
    ASSERT_EQ(cases.size(), 11u);
    for (const auto& summary_row : cases) {
        EXPECT_TRUE(parse_approval_code(summary_row.code)) << summary_row.code;
        auto view = client_.case_by_approval_code(summary_row.code);
        ASSERT_TRUE(view) << summary_row.code << ": " << summary(view.error());
        EXPECT_FALSE(view->restricted);
        EXPECT_EQ(view->status, summary_row.status);
        ASSERT_FALSE(view->timeline.empty());
        EXPECT_EQ(view->timeline.front().stage, "apply");
        EXPECT_EQ(view->timeline.back().status, view->status);
        EXPECT_EQ(view->timeline.size(), view->stage_timestamps.size());
    }
}

TEST_F(PlatformClientCasesLive, AcceptedCaseHasATypedReceiptWhoseQrVerifies) {
    auto c = open_case_of("GAJ-002");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->stage, "acceptance");
    EXPECT_EQ(c->status, "accepted");
    ASSERT_TRUE(c->pre_review);
    EXPECT_EQ(c->pre_review->verdict, "complete");
    ASSERT_TRUE(c->submission);
    EXPECT_EQ(c->submission->method, "on_site");
    EXPECT_TRUE(c->submission->next_step.hall);
    EXPECT_FALSE(c->submission->next_step.instructions_zh.empty());
    ASSERT_TRUE(c->receipt);
    EXPECT_EQ(c->receipt->receipt_no.rfind("NHSL20261124", 0), 0u) << c->receipt->receipt_no;
    EXPECT_EQ(format_iso_instant(c->receipt->accepted_at), "2026-11-24T10:40:00+08:00");
    EXPECT_GT(c->receipt->legal_limit_working_days, 0);
    EXPECT_LE(std::chrono::sys_days{c->receipt->promised_deadline},
              std::chrono::sys_days{c->receipt->legal_deadline});
    EXPECT_FALSE(c->decision);
    EXPECT_FALSE(c->delivery);

    auto verified = client_.verify_receipt(c->receipt->qr_payload);
    ASSERT_TRUE(verified) << summary(verified.error());
    EXPECT_TRUE(verified->valid) << verified->problem.value_or("");
    EXPECT_EQ(verified->type, "R");
    EXPECT_EQ(verified->case_code, c->code);
    ASSERT_GE(verified->fields.size(), 2u);
    EXPECT_EQ(verified->fields[1], c->receipt->receipt_no);

    std::string tampered = c->receipt->qr_payload;
    auto at = tampered.find(c->receipt->receipt_no);
    ASSERT_NE(at, std::string::npos);
    auto& digit = tampered[at + c->receipt->receipt_no.size() - 1];
    digit = digit == '9' ? '8' : static_cast<char>(digit + 1);
    auto forged = client_.verify_receipt(tampered);
    ASSERT_TRUE(forged) << summary(forged.error());
    EXPECT_FALSE(forged->valid);
    EXPECT_FALSE(forged->case_code);
    EXPECT_TRUE(forged->problem);
}

TEST_F(PlatformClientCasesLive, StageDetailsOfTheDemoCasesAreTyped) {
    auto incomplete = open_case_of("WJJ-001");
    ASSERT_TRUE(incomplete && incomplete->pre_review);
    EXPECT_EQ(incomplete->pre_review->verdict, "incomplete");
    EXPECT_EQ(incomplete->pre_review->problems.size(), 2u);
    EXPECT_TRUE(incomplete->pre_review->one_time_notice);

    auto by_express = open_case_of("SCJG-001");
    ASSERT_TRUE(by_express && by_express->submission);
    EXPECT_EQ(by_express->submission->next_step.courier_status, "in_transit");
    EXPECT_EQ(by_express->submission->next_step.waybill_no, "1178234560812");

    auto notice = open_case_of("MZJ-002");
    ASSERT_TRUE(notice && notice->special_procedure);
    EXPECT_EQ(notice->special_procedure->kind, "public_notice");
    EXPECT_TRUE(notice->special_procedure->clock_paused);
    EXPECT_FALSE(notice->special_procedure->notice.text_zh.empty());

    auto refused = open_case_of("SCJG-004");
    ASSERT_TRUE(refused && refused->refusal_of_acceptance);
    EXPECT_FALSE(refused->refusal_of_acceptance->remedy_zh.empty());

    auto pickup = open_case_of("GAJ-003");
    ASSERT_TRUE(pickup && pickup->delivery && pickup->decision);
    EXPECT_EQ(pickup->decision->outcome, "approve");
    EXPECT_EQ(pickup->decision->document_no, "南公身证〔2026〕31882号");
    EXPECT_EQ(pickup->delivery->method, "on_site");
    ASSERT_TRUE(pickup->delivery->pickup_place);
    EXPECT_EQ(pickup->delivery->pickup_place->code, "NH-GUICHENG");
    EXPECT_FALSE(pickup->delivery->delivered_at);
}

TEST_F(PlatformClientCasesLive, FilingWithTheSameKeyFilesOnce) {
    auto key = OperationKey::fresh();
    auto filed = client_.file_case("RSJ-001", std::nullopt, key);
    ASSERT_TRUE(filed) << summary(filed.error());
    EXPECT_EQ(filed->stage, "apply");
    EXPECT_EQ(filed->status, "applied");
    EXPECT_FALSE(filed->restricted);
    EXPECT_TRUE(parse_approval_code(filed->code));
    auto again = client_.file_case("RSJ-001", std::nullopt, key);
    ASSERT_TRUE(again) << summary(again.error());
    EXPECT_EQ(again->code, filed->code);
    auto page = client_.my_cases();
    ASSERT_TRUE(page) << summary(page.error());
    EXPECT_EQ(page->total, 12);
    EXPECT_EQ(page->items.front().code, filed->code);  // newest first
}

TEST_F(PlatformClientCasesLive, DecidedCaseIsRatedOnce) {
    auto decided = open_case_of("WJJ-002");
    ASSERT_TRUE(decided && decided->decision);
    auto not_yet = client_.evaluation(decided->code);
    ASSERT_FALSE(not_yet);
    EXPECT_EQ(not_yet.error().code, "not_found");

    for (int level : {4, 5}) {
        auto refused = client_.evaluate(decided->code, level, {}, "太慢");
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, PlatformErrorKind::invalid_input);
        EXPECT_EQ(refused.error().field, "reasons");
    }

    auto key = OperationKey::fresh();
    auto rated = client_.evaluate(decided->code, 2, {"办理快"}, "窗口服务好", key);
    ASSERT_TRUE(rated) << summary(rated.error());
    EXPECT_EQ(rated->case_code, decided->code);
    EXPECT_EQ(rated->level, 2);
    EXPECT_EQ(rated->level_zh, "满意");
    EXPECT_EQ(rated->status, "valid");
    auto repeated = client_.evaluate(decided->code, 2, {"办理快"}, "窗口服务好", key);
    ASSERT_TRUE(repeated) << summary(repeated.error());
    EXPECT_EQ(repeated->id, rated->id);
    auto read_back = client_.evaluation(decided->code);
    ASSERT_TRUE(read_back) << summary(read_back.error());
    EXPECT_EQ(read_back->id, rated->id);
    EXPECT_EQ(read_back->comment, "窗口服务好");
    auto twice = client_.evaluate(decided->code, 1);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, "already_evaluated");

    auto archived = open_case_of("RSJ-002");  // rated by the seed
    ASSERT_TRUE(archived);
    auto seeded = client_.evaluation(archived->code);
    ASSERT_TRUE(seeded) << summary(seeded.error());
    EXPECT_EQ(seeded->level, 2);
}

TEST_F(PlatformClientCasesLive, ConsultationIsFiledAndReadBackByTicket) {
    auto linked = open_case_of("GAJ-002");
    ASSERT_TRUE(linked);
    auto filed = client_.file_consultation(ConsultationKind::consultation, "受理后多久能办结",
                                           "请问户口迁移受理后一般多久可以办结？", linked->code,
                                           "13812345678");
    ASSERT_TRUE(filed) << summary(filed.error());
    EXPECT_EQ(filed->ticket.rfind("ZX20261201", 0), 0u) << filed->ticket;
    EXPECT_EQ(filed->status, "pending");
    EXPECT_EQ(filed->case_code, linked->code);
    EXPECT_FALSE(filed->restricted);
    ASSERT_TRUE(filed->contact_phone_masked);
    EXPECT_NE(*filed->contact_phone_masked, "13812345678");

    auto ticket = client_.consultation(filed->ticket);
    ASSERT_TRUE(ticket) << summary(ticket.error());
    EXPECT_EQ(ticket->subject, "受理后多久能办结");
    EXPECT_EQ(ticket->body, "请问户口迁移受理后一般多久可以办结？");
    EXPECT_EQ(format_iso_date(ticket->reply_due), format_iso_date(filed->reply_due));
    EXPECT_FALSE(ticket->reply);

    auto mine = client_.my_consultations();
    ASSERT_TRUE(mine) << summary(mine.error());
    ASSERT_EQ(mine->total, 1);
    EXPECT_EQ(mine->items[0].ticket, filed->ticket);

    PlatformClient stranger{config_for(platform_)};  // same kiosk, nobody signed in
    auto seen = stranger.consultation(filed->ticket);
    ASSERT_TRUE(seen) << summary(seen.error());
    EXPECT_TRUE(seen->restricted);
    EXPECT_FALSE(seen->body);

    auto anonymous = stranger.file_consultation(ConsultationKind::complaint, "大厅空调太冷",
                                                "一楼等候区空调温度过低。");
    ASSERT_TRUE(anonymous) << summary(anonymous.error());
    EXPECT_EQ(anonymous->ticket.rfind("TS", 0), 0u);
}

}  // namespace
}  // namespace nanhai::kiosk
