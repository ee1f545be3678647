// The kiosk's receipts in both languages: every field the citizen needs is printed, nothing
// personal is printed unmasked, every character has a glyph on the printer's raster, and the
// QR code printed decodes back to the payload the kiosk would show on screen instead.
#include "kiosk/receipts/receipt_templates.hpp"

#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "drivers/receipt/png_io.hpp"
#include "drivers/receipt/receipt_renderer.hpp"

namespace nanhai::kiosk::receipts {
namespace {

Instant at(const char* iso) { return *parse_iso_instant(iso); }
Date day(const char* iso) { return *parse_iso_date(iso); }

ReceiptContext context(Language language) {
    return {language, "NH-KIOSK-0001", at("2026-12-01T09:05:00+08:00"), "陈*玲"};
}

Appointment appointment() {
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

CaseView accepted_case() {
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

CheckIn check_in() {
    return {"A012", "YY202612020001", "checked_in", {"NH-DISTRICT", "南海区行政服务中心", "Nanhai District Administrative Service Centre"},
            {"SCJG-002", "食品经营许可", "Food business licence"}, day("2026-12-02"), "09:30", "10:00",
            at("2026-12-02T09:10:00+08:00"), 3};
}

Consultation complaint() {
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

std::string all_text(const hal::ReceiptDocument& doc) {
    std::string text;
    for (const auto& e : doc.elements)
        if (const auto* line = std::get_if<hal::TextLine>(&e)) text += line->text + "\n";
    return text;
}

std::string qr_payload(const hal::ReceiptDocument& doc) {
    for (const auto& e : doc.elements)
        if (const auto* qr = std::get_if<hal::QrCode>(&e)) return qr->payload;
    return {};
}

std::string decode_qr(const drivers::MonoRaster& raster) {
    std::vector<std::uint8_t> lum(static_cast<std::size_t>(raster.width() * raster.height()), 255);
    for (int y = 0; y < raster.height(); ++y)
        for (int x = 0; x < raster.width(); ++x)
            if (raster.black(x, y)) lum[static_cast<std::size_t>(y * raster.width() + x)] = 0;
    auto result = ZXing::ReadBarcode(ZXing::ImageView{lum.data(), raster.width(), raster.height(), ZXing::ImageFormat::Lum},
                                     ZXing::DecodeHints{}.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true));
    return result.isValid() ? result.text() : std::string{};
}

// Renders on 80 mm paper: every glyph present, the QR readable; a PNG for people to look at
// when $KIOSK_UI_TEST_OUT is set.
void expect_prints(const hal::ReceiptDocument& doc, const std::string& name) {
    auto rendered = drivers::render_receipt(doc, drivers::RenderOptions{});
    ASSERT_TRUE(rendered) << rendered.error();
    EXPECT_TRUE(rendered->missing_code_points.empty()) << name << ": characters without a glyph";
    EXPECT_EQ(decode_qr(rendered->raster), qr_payload(doc)) << name;
    EXPECT_FALSE(rendered->cuts.empty()) << name << ": ends with a cut";
    if (const char* out = std::getenv("KIOSK_UI_TEST_OUT")) {
        const auto dir = std::filesystem::path(out) / "receipts";
        std::filesystem::create_directories(dir);
        EXPECT_TRUE(drivers::write_png(rendered->raster, dir / (name + ".png")));
    }
}

TEST(ReceiptTemplates, AppointmentSlipInBothLanguages) {
    const auto zh = appointment_slip(appointment(), context(Language::zh));
    EXPECT_EQ(zh.kind, "appointment_slip");
    const auto text = all_text(zh);
    for (const char* wanted : {"预约凭条", "YY202612020001", "食品经营许可", "南海区行政服务中心", "2026年12月2日 星期三",
                               "09:30–10:00", "请按预约时间到大厅签到", "陈*玲", "NH-KIOSK-0001"})
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << " in\n" << text;
    EXPECT_EQ(qr_payload(zh), appointment().qr_payload);
    expect_prints(zh, "appointment_slip-zh");
    const auto en = all_text(appointment_slip(appointment(), context(Language::en)));
    EXPECT_NE(en.find("Appointment slip"), std::string::npos);
    EXPECT_NE(en.find("Wed 2 Dec 2026"), std::string::npos);
    expect_prints(appointment_slip(appointment(), context(Language::en)), "appointment_slip-en");
}

TEST(ReceiptTemplates, QueueTicketShowsTheNumberLarge) {
    const auto doc = queue_ticket(check_in(), context(Language::zh));
    bool huge = false;
    for (const auto& e : doc.elements)
        if (const auto* line = std::get_if<hal::TextLine>(&e))
            huge = huge || (line->text == "A012" && line->size == hal::TextSize::huge);
    EXPECT_TRUE(huge);
    EXPECT_NE(all_text(doc).find("前面还有 3 人"), std::string::npos);
    expect_prints(doc, "queue_ticket-zh");
    expect_prints(queue_ticket(check_in(), context(Language::en)), "queue_ticket-en");
}

TEST(ReceiptTemplates, AcceptanceReceiptCarriesTheSignedQrAndMaskedApplicant) {
    const auto doc = acceptance_receipt(accepted_case(), context(Language::zh));
    const auto text = all_text(doc);
    for (const char* wanted : {"受理回执", "NHSL2026112400001", "440605261118103000010", "4406**********0528",
                               "20 个工作日（2026-12-22 前）", "10 个工作日（2026-12-08 前）"})
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << " in\n" << text;
    EXPECT_EQ(text.find("440605198803120528"), std::string::npos) << "never the full ID number";
    EXPECT_EQ(qr_payload(doc), accepted_case().receipt->qr_payload);
    EXPECT_EQ(qr_of(accepted_case()), accepted_case().receipt->qr_payload);
    expect_prints(doc, "acceptance_receipt-zh");
    expect_prints(acceptance_receipt(accepted_case(), context(Language::en)), "acceptance_receipt-en");
}

TEST(ReceiptTemplates, CaseStatusListsTheStagesAndTheCodeAsQr) {
    auto c = accepted_case();
    const auto doc = case_status(c, context(Language::zh));
    const auto text = all_text(doc);
    EXPECT_NE(text.find("2026-11-18 09:30  申请"), std::string::npos) << text;
    EXPECT_NE(text.find("已受理，审查中"), std::string::npos);
    EXPECT_EQ(qr_payload(doc), c.code);
    expect_prints(doc, "case_status-zh");
    c.receipt.reset();
    EXPECT_EQ(qr_of(c), c.code) << "without a receipt the QR is the code itself";
    expect_prints(case_status(c, context(Language::en)), "case_status-en");
}

TEST(ReceiptTemplates, ComplaintTicketWithMaskedPhone) {
    const auto doc = consultation_ticket(complaint(), context(Language::zh));
    EXPECT_EQ(doc.kind, "complaint_ticket");
    const auto text = all_text(doc);
    for (const char* wanted : {"投诉回执", "TS202612010001", "138****8000", "2026年12月15日"})
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << " in\n" << text;
    EXPECT_EQ(qr_payload(doc), "TS202612010001");
    expect_prints(doc, "complaint_ticket-zh");
    auto consultation = complaint();
    consultation.kind = "consultation";
    EXPECT_EQ(consultation_ticket(consultation, context(Language::en)).kind, "consultation_ticket");
}

TEST(ReceiptText, EveryLabelHasBothLanguagesAndDatesReadNaturally) {
    EXPECT_EQ(long_date(Language::zh, day("2026-12-06")), "2026年12月6日 星期日");
    EXPECT_EQ(long_date(Language::en, day("2026-12-06")), "Sun 6 Dec 2026");
    EXPECT_EQ(format_local_minute(at("2026-12-01T01:05:00Z")), "2026-12-01 09:05");
    EXPECT_TRUE(has_label("slip.title"));
    EXPECT_FALSE(has_label("slip.nope"));
    EXPECT_EQ(label(Language::en, "slip.nope"), "slip.nope");
    EXPECT_EQ(language_from("en"), Language::en);
    EXPECT_EQ(language_from("zh-CN"), Language::zh);
}

}  // namespace
}  // namespace nanhai::kiosk::receipts
