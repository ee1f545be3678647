// One example of every receipt's data, shared by the template tests and the golden images.
#pragma once

#include "kiosk/receipts/receipt_templates.hpp"

namespace nanhai::kiosk::receipts::fixtures {

inline Instant at(const char* iso) { return *parse_iso_instant(iso); }
inline Date day(const char* iso) { return *parse_iso_date(iso); }

inline ReceiptContext context(Language language) {
    return {language, "NH-KIOSK-0001", at("2026-12-01T09:05:00+08:00"), "陈*玲"};
}

inline Appointment appointment() {
    Appointment a;
    a.code = "YY202612020001";
    a.status = "booked";
    a.hall = {"NH-DISTRICT", "南海区行政服务中心", "Nanhai District Administrative Service Centre"};
    a.item = {"SCJG-002", "食品经营许可", "Food business licence"};
    a.date = day("2026-12-02");
    a.start = "09:30";
    a.end = "10:00";
    a.starts_at = at("2026-12-02T09:30:00+08:00");
    a.cancel_until = at("2026-12-02T07:30:00+08:00");
    a.check_in_from = at("2026-12-02T09:00:00+08:00");
    a.qr_payload = "NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|c2lnbmF0dXJl";
    a.no_show_rule_zh = "请按预约时间到大厅签到。";
    a.no_show_rule_en = "Please check in at the hall at your booked time.";
    return a;
}

inline CaseView accepted_case() {
    CaseView c;
    c.code = "440605261118103000010";
    c.item = {"GAJ-002", "户口迁入（人才引进）", "Household registration move-in (talent)"};
    c.department = {"GAJ", "佛山市公安局南海分局（户政）", "Public Security, Household Registration"};
    c.filed_date = day("2026-11-18");
    c.updated_at = at("2026-11-24T10:40:00+08:00");
    c.stage = "acceptance";
    c.stage_name_zh = "受理";
    c.stage_name_en = "Acceptance";
    c.status_zh = "已受理，审查中";
    c.status_en = "Accepted, under review";
    c.restricted = false;
    c.stage_timestamps = {{"apply", at("2026-11-18T09:30:00+08:00")}, {"acceptance", at("2026-11-24T10:40:00+08:00")}};
    c.applicant = CaseApplicant{"person", "citizen_id", "4406**********0528", "陈*玲"};
    c.receipt = CaseReceipt{"受理回执", "Acceptance receipt", "NHSL2026112400001", at("2026-11-24T10:40:00+08:00"), 20, 10,
                            day("2026-12-22"), day("2026-12-08"), "NH1|R|rk1|440605261118103000010|NHSL2026112400001|20261124|GAJ-002|c2ln"};
    return c;
}

inline CheckIn check_in() {
    return {"A012", "YY202612020001", "checked_in", {"NH-DISTRICT", "南海区行政服务中心", "Nanhai District Administrative Service Centre"},
            {"SCJG-002", "食品经营许可", "Food business licence"}, day("2026-12-02"), "09:30", "10:00",
            at("2026-12-02T09:10:00+08:00"), 3};
}

inline Consultation complaint() {
    Consultation t;
    t.ticket = "TS202612010001";
    t.kind = "complaint";
    t.subject = "窗口服务";
    t.filed_at = at("2026-12-01T09:00:00+08:00");
    t.reply_due = day("2026-12-15");
    t.contact_phone_masked = "138****8000";
    t.channel_zh = "自助终端";
    t.channel_en = "Self-service kiosk";
    return t;
}

inline Evaluation evaluation() {
    Evaluation e;
    e.id = 17;
    e.case_code = "440605261118103000010";
    e.level = 4;
    e.level_zh = "不满意";
    e.level_en = "Unsatisfied";
    e.reasons = {"等候时间长", "材料要求不清楚"};
    e.comment = "请回电 13800138000";
    e.at = at("2026-12-01T09:20:00+08:00");
    e.status = "valid";
    e.department_code = "GAJ";
    return e;
}

}  // namespace nanhai::kiosk::receipts::fixtures
