// The owner's case details: one section per stage reached, in the order of the case, with the
// next step, the receipt's limits, the special procedure's paused days and courier tracking.
#include "kiosk/core/case_details.hpp"

#include <gtest/gtest.h>

namespace nanhai::kiosk::core {
namespace {

Instant at(const char* iso) { return *parse_iso_instant(iso); }

std::vector<std::string> titles(const std::vector<DetailSection>& sections) {
    std::vector<std::string> out;
    for (const auto& s : sections) out.push_back(s.title_key);
    return out;
}

const DetailLine* line(const DetailSection& s, const std::string& label) {
    for (const auto& l : s.lines)
        if (l.label_key == label) return &l;
    return nullptr;
}

TEST(CaseDetails, OnlyStagesReachedInTheCasesOrder) {
    CaseView c;
    EXPECT_TRUE(case_details(c).empty());
    c.pre_review = CasePreReview{"incomplete", {{"学历证书", "复印件不清晰", "copy not legible"}}, 1, at("2026-11-19T10:15:00+08:00"), true};
    c.receipt = CaseReceipt{"受理回执", "Acceptance receipt", "NHSL2026112400001", at("2026-11-24T10:40:00+08:00"), 20, 0,
                            *parse_iso_date("2026-12-22"), *parse_iso_date("2026-11-24"), "qr"};
    c.special_procedure = CaseSpecialProcedure{"public_notice", "公示", *parse_iso_date("2026-11-23"), *parse_iso_date("2026-11-29"),
                                               true, 5, {"公示告知书", "Notice", "公示期间不计算审查时限。", "Not counted."},
                                               at("2026-11-20T16:00:00+08:00"), std::nullopt, std::nullopt};
    CaseDelivery delivery;
    delivery.method = "express";
    delivery.sent_at = at("2026-11-28T09:00:00+08:00");
    delivery.courier_company = "顺丰速运";
    delivery.waybill_no = "SF1234567890123";
    delivery.tracking = {{at("2026-11-28T10:00:00+08:00"), "已揽收", "Picked up"}};
    c.delivery = delivery;
    const auto sections = case_details(c);
    EXPECT_EQ(titles(sections), (std::vector<std::string>{"case.section.pre_review", "case.section.receipt",
                                                          "case.section.special_procedure", "case.section.delivery"}));
    // The one-time list of problems is said to be complete.
    bool one_time = false;
    for (const auto& l : sections[0].lines) one_time = one_time || l.value_key == "case.value.one_time_list";
    EXPECT_TRUE(one_time);
    const auto* legal = line(sections[1], "case.label.legal_limit");
    ASSERT_NE(legal, nullptr);
    EXPECT_EQ(legal->value_key, "case.value.working_days_by");
    EXPECT_EQ(legal->args, (std::vector<std::pair<std::string, std::string>>{{"days", "20"}, {"date", "2026-12-22"}}));
    const auto* promised = line(sections[1], "case.label.promised_limit");
    ASSERT_NE(promised, nullptr);
    EXPECT_EQ(promised->value_key, "case.value.on_the_spot");
    const auto* clock = line(sections[2], "case.label.clock");
    ASSERT_NE(clock, nullptr);
    EXPECT_EQ(clock->args[0].second, "5");
    const auto* waybill = line(sections[3], "case.label.waybill");
    ASSERT_NE(waybill, nullptr);
    EXPECT_EQ(waybill->value_zh, "SF1234567890123");
    EXPECT_EQ(sections[3].lines.back().value_en, "2026-11-28 10:00  Picked up");
}

}  // namespace
}  // namespace nanhai::kiosk::core
