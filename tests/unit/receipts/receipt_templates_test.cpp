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
#include "tests/unit/receipts/receipt_fixtures.hpp"

namespace nanhai::kiosk::receipts {
namespace {

using namespace fixtures;

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

TEST(ReceiptTemplates, EvaluationConfirmationNamesTheRatingNotTheComment) {
    const auto doc = evaluation_confirmation(evaluation(), context(Language::zh));
    EXPECT_EQ(doc.kind, "evaluation_confirmation");
    const auto text = all_text(doc);
    for (const char* wanted : {"评价确认", "440605261118103000010", "不满意", "等候时间长、材料要求不清楚", "陈*玲"})
        EXPECT_NE(text.find(wanted), std::string::npos) << wanted << " in\n" << text;
    EXPECT_EQ(text.find("13800138000"), std::string::npos) << "the comment is not printed";
    EXPECT_EQ(qr_payload(doc), evaluation().case_code);
    expect_prints(doc, "evaluation_confirmation-zh");
    expect_prints(evaluation_confirmation(evaluation(), context(Language::en)), "evaluation_confirmation-en");
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
