// Receipt layouts (see receipt_templates.hpp). One builder per receipt; the shared header,
// field lines and footer keep them looking like one family.
#include "kiosk/receipts/receipt_templates.hpp"

#include "common/text_template.hpp"

#include <initializer_list>
#include <utility>

namespace nanhai::kiosk::receipts {
namespace {

using hal::Align;
using hal::TextLine;
using hal::TextSize;

class Builder {
public:
    Builder(std::string kind, const ReceiptContext& context) : context_{context} {
        doc_.kind = std::move(kind);
    }

    Builder& header(std::string_view title_key) {
        line(label(lang(), "header"), TextSize::normal, true, Align::center);
        line(label(lang(), title_key), TextSize::large, true, Align::center);
        doc_.elements.emplace_back(hal::Separator{});
        return *this;
    }
    Builder& line(std::string text, TextSize size = TextSize::normal, bool bold = false,
                  Align align = Align::left) {
        if (!text.empty()) doc_.elements.emplace_back(TextLine{std::move(text), size, bold, align});
        return *this;
    }
    // "事项：食品经营许可"; nothing when the value is empty.
    Builder& field(std::string_view key, const std::string& value, bool bold = false) {
        if (value.empty()) return *this;
        const std::string colon = lang() == Language::en ? ": " : "：";
        return line(label(lang(), key) + colon + value, TextSize::normal, bold);
    }
    Builder& separator() {
        doc_.elements.emplace_back(hal::Separator{});
        return *this;
    }
    Builder& qr(std::string payload) {
        if (!payload.empty()) doc_.elements.emplace_back(hal::QrCode{std::move(payload), 6});
        return *this;
    }
    Builder& applicant() {
        return field("field.applicant", context_.applicant_masked);
    }
    hal::ReceiptDocument finish() {
        separator();
        line(fill_placeholders(label(lang(), "footer.printed"),
                  {{"time", format_local_minute(context_.printed_at)}, {"terminal", context_.terminal_id}}));
        line(label(lang(), "footer.keep"));
        doc_.elements.emplace_back(hal::Feed{2});
        doc_.elements.emplace_back(hal::Cut{true});
        return std::move(doc_);
    }

    Language lang() const { return context_.language; }
    const std::string& pick(const std::string& zh, const std::string& en) const {
        if (lang() == Language::en && !en.empty()) return en;
        return zh.empty() ? en : zh;
    }
    std::string colon() const { return lang() == Language::en ? ": " : "："; }
private:
    const ReceiptContext& context_;
    hal::ReceiptDocument doc_;
};

std::string limit_text(const Builder& b, int days, Date deadline) {
    if (days == 0) return label(b.lang(), "field.on_the_spot");
    return fill_placeholders(label(b.lang(), "field.working_days"),
                         {{"n", std::to_string(days)}, {"date", format_iso_date(deadline)}});
}

std::string stage_label(Language language, const std::string& stage) {
    const std::string key = "stage." + stage;
    return has_label(key) ? label(language, key) : stage;
}

}  // namespace

std::string qr_of(const Appointment& appointment) { return appointment.qr_payload; }

std::string qr_of(const CaseView& case_view) {
    if (case_view.receipt && !case_view.receipt->qr_payload.empty()) return case_view.receipt->qr_payload;
    return case_view.code;
}

std::string qr_of(const Consultation& ticket) { return ticket.ticket; }

hal::ReceiptDocument appointment_slip(const Appointment& a, const ReceiptContext& context) {
    Builder b{"appointment_slip", context};
    b.header("slip.title");
    b.line(label(b.lang(), "field.appointment_code"), TextSize::normal, false, Align::center);
    b.line(a.code, TextSize::large, true, Align::center);
    b.field("field.item", b.pick(a.item.name_zh, a.item.name_en));
    b.field("field.hall", b.pick(a.hall.name_zh, a.hall.name_en));
    b.field("field.date", long_date(b.lang(), a.date));
    b.field("field.time", a.start + "–" + a.end, true);
    b.field("field.check_in_from", format_local_minute(a.check_in_from));
    b.field("field.cancel_until", format_local_minute(a.cancel_until));
    b.applicant();
    b.separator();
    b.line(b.pick(a.no_show_rule_zh, a.no_show_rule_en));
    b.qr(qr_of(a));
    b.line(label(b.lang(), "slip.qr_hint"), TextSize::normal, false, Align::center);
    return b.finish();
}

hal::ReceiptDocument queue_ticket(const CheckIn& c, const ReceiptContext& context) {
    Builder b{"queue_ticket", context};
    b.header("ticket.title");
    b.line(c.ticket, TextSize::huge, true, Align::center);
    b.line(fill_placeholders(label(b.lang(), "ticket.waiting"), {{"n", std::to_string(c.waiting_ahead)}}),
           TextSize::normal, true, Align::center);
    b.separator();
    b.field("field.item", b.pick(c.item.name_zh, c.item.name_en));
    b.field("field.hall", b.pick(c.hall.name_zh, c.hall.name_en));
    b.field("field.appointment_code", c.appointment_code);
    b.field("field.time", long_date(b.lang(), c.date) + " " + c.start + "–" + c.end);
    b.field("field.checked_in_at", format_local_minute(c.checked_in_at));
    b.separator();
    b.line(label(b.lang(), "ticket.hint"));
    return b.finish();
}

hal::ReceiptDocument acceptance_receipt(const CaseView& c, const ReceiptContext& context) {
    Builder b{"acceptance_receipt", context};
    b.header("acceptance.title");
    if (c.receipt) {
        b.line(b.pick(c.receipt->title_zh, c.receipt->title_en), TextSize::normal, true, Align::center);
        b.field("field.receipt_no", c.receipt->receipt_no);
    }
    b.line(label(b.lang(), "field.case_code") + b.colon() + c.code, TextSize::normal, true);
    b.field("field.item", b.pick(c.item.name_zh, c.item.name_en));
    b.field("field.department", b.pick(c.department.name_zh, c.department.name_en));
    if (c.applicant) {
        b.field("field.applicant", c.applicant->masked_name);
        b.field("field.id", c.applicant->masked_id);
    }
    if (c.receipt) {
        const auto& r = *c.receipt;
        b.field("field.accepted_at", format_local_minute(r.accepted_at));
        b.field("field.legal_limit", limit_text(b, r.legal_limit_working_days, r.legal_deadline));
        b.field("field.promised_limit", limit_text(b, r.promised_limit_working_days, r.promised_deadline));
    }
    b.qr(qr_of(c));
    b.line(label(b.lang(), "acceptance.qr_hint"), TextSize::normal, false, Align::center);
    return b.finish();
}

hal::ReceiptDocument case_status(const CaseView& c, const ReceiptContext& context) {
    Builder b{"case_status", context};
    b.header("status.title");
    b.line(label(b.lang(), "field.case_code") + b.colon() + c.code, TextSize::normal, true);
    b.field("field.item", b.pick(c.item.name_zh, c.item.name_en));
    b.field("field.department", b.pick(c.department.name_zh, c.department.name_en));
    b.field("field.stage", b.pick(c.stage_name_zh, c.stage_name_en), true);
    b.field("field.status", b.pick(c.status_zh, c.status_en));
    b.field("field.filed", format_iso_date(c.filed_date));
    b.field("field.updated", format_local_minute(c.updated_at));
    if (c.applicant) b.field("field.applicant", c.applicant->masked_name);
    if (!c.stage_timestamps.empty()) {
        b.separator();
        b.line(label(b.lang(), "status.progress"), TextSize::normal, true);
        for (const auto& s : c.stage_timestamps)
            b.line(format_local_minute(s.at) + "  " + stage_label(b.lang(), s.stage));
    }
    b.qr(c.code);
    return b.finish();
}

hal::ReceiptDocument consultation_ticket(const Consultation& t, const ReceiptContext& context) {
    Builder b{t.kind == "complaint" ? "complaint_ticket" : "consultation_ticket", context};
    b.header(t.kind == "complaint" ? "complaint.title" : "consultation.title");
    b.line(label(b.lang(), "field.ticket"), TextSize::normal, false, Align::center);
    b.line(t.ticket, TextSize::large, true, Align::center);
    b.field("field.subject", t.subject);
    b.field("field.filed_at", format_local_minute(t.filed_at));
    b.field("field.reply_due", long_date(b.lang(), t.reply_due), true);
    if (t.contact_phone_masked) b.field("field.phone", *t.contact_phone_masked);
    b.field("field.channel", b.pick(t.channel_zh, t.channel_en));
    b.applicant();
    b.qr(qr_of(t));
    b.line(label(b.lang(), "consultation.hint"), TextSize::normal, false, Align::center);
    return b.finish();
}

hal::ReceiptDocument evaluation_confirmation(const Evaluation& e, const ReceiptContext& context) {
    Builder b{"evaluation_confirmation", context};
    b.header("evaluation.title");
    b.line(label(b.lang(), "field.case_code") + b.colon() + e.case_code, TextSize::normal, true);
    b.field("field.rating", b.pick(e.level_zh, e.level_en), true);
    std::string reasons;
    for (const auto& r : e.reasons) reasons += (reasons.empty() ? "" : (b.lang() == Language::en ? ", " : "、")) + r;
    b.field("field.reasons", reasons);
    b.field("field.evaluated_at", format_local_minute(e.at));
    b.applicant();
    b.qr(e.case_code);
    b.line(label(b.lang(), "evaluation.hint"), TextSize::normal, false, Align::center);
    return b.finish();
}

}  // namespace nanhai::kiosk::receipts
