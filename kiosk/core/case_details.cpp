// Case detail sections (see case_details.hpp). Labels are keys "case.label.*", section titles
// "case.section.*", our own values "case.method.*", "case.courier.*" and the like.
#include "kiosk/core/case_details.hpp"

namespace nanhai::kiosk::core {
namespace {

DetailLine days_line(std::string label, int days, Date deadline) {
    if (days == 0) return key_line(std::move(label), "case.value.on_the_spot");
    return key_line(std::move(label), "case.value.working_days_by",
                    {{"days", std::to_string(days)}, {"date", format_iso_date(deadline)}});
}

void add_problems(std::vector<DetailLine>& lines, const std::vector<CaseProblem>& problems) {
    for (const auto& p : problems)
        lines.push_back(text_line("", "· " + p.material + "：" + p.problem_zh, "· " + p.material + ": " + p.problem_en));
}

void add_place(std::vector<DetailLine>& lines, std::string label, const HallPlace& place) {
    lines.push_back(text_line(std::move(label), place.name_zh, place.name_en));
    lines.push_back(text_line("case.label.address", place.address_zh, place.address_en));
}

DetailSection pre_review(const CasePreReview& r) {
    DetailSection s{"case.section.pre_review", {}};
    s.lines.push_back(key_line("case.label.verdict", "case.verdict." + r.verdict));
    s.lines.push_back(plain_line("case.label.reviewed_at", format_local_minute(r.reviewed_at)));
    if (!r.problems.empty()) {
        s.lines.push_back(key_line("", r.one_time_notice ? "case.value.one_time_list" : "case.value.problems"));
        add_problems(s.lines, r.problems);
    }
    return s;
}

DetailSection submission(const CaseSubmission& sub) {
    DetailSection s{"case.section.submission", {}};
    const auto& next = sub.next_step;
    s.lines.push_back(key_line("case.label.method", "case.method." + sub.method));
    s.lines.push_back(plain_line("case.label.submitted_at", format_local_minute(sub.submitted_at)));
    s.lines.push_back(text_line("case.label.next_step", next.instructions_zh, next.instructions_en));
    if (next.hall) add_place(s.lines, "case.label.bring_to", *next.hall);
    if (next.bring_originals) s.lines.push_back(key_line("", "case.value.bring_originals"));
    if (next.appointment_required) s.lines.push_back(key_line("", "case.value.appointment_required"));
    if (next.mail_to) add_place(s.lines, "case.label.mail_to", *next.mail_to);
    if (next.courier_company) s.lines.push_back(text_line("case.label.courier", *next.courier_company, *next.courier_company));
    if (next.waybill_no) s.lines.push_back(plain_line("case.label.waybill", *next.waybill_no));
    if (next.courier_status) s.lines.push_back(key_line("case.label.courier_status", "case.courier." + *next.courier_status));
    return s;
}

DetailSection receipt(const CaseReceipt& r) {
    DetailSection s{"case.section.receipt", {}};
    s.lines.push_back(text_line("", r.title_zh, r.title_en));
    s.lines.push_back(plain_line("case.label.receipt_no", r.receipt_no));
    s.lines.push_back(plain_line("case.label.accepted_at", format_local_minute(r.accepted_at)));
    s.lines.push_back(days_line("case.label.legal_limit", r.legal_limit_working_days, r.legal_deadline));
    s.lines.push_back(days_line("case.label.promised_limit", r.promised_limit_working_days, r.promised_deadline));
    return s;
}

DetailSection refusal(const CaseRefusalOfAcceptance& r) {
    DetailSection s{"case.section.refusal", {}};
    s.lines.push_back(text_line("case.label.document", r.document_title_zh + " " + r.document_no,
                                r.document_title_en + " " + r.document_no));
    s.lines.push_back(text_line("case.label.reason", r.reason_zh, r.reason_en));
    s.lines.push_back(plain_line("case.label.decided_at", format_local_minute(r.decided_at)));
    s.lines.push_back(text_line("case.label.remedy", r.remedy_zh, r.remedy_en));
    return s;
}

DetailSection correction(const CaseCorrection& c) {
    DetailSection s{"case.section.correction", {}};
    s.lines.push_back(plain_line("case.label.requested_at", format_local_minute(c.requested_at)));
    add_problems(s.lines, c.problems);
    if (c.received_at) s.lines.push_back(plain_line("case.label.received_at", format_local_minute(*c.received_at)));
    return s;
}

DetailSection special_procedure(const CaseSpecialProcedure& p) {
    DetailSection s{"case.section.special_procedure", {}};
    s.lines.push_back(text_line("case.label.procedure", p.kind_zh, p.kind));
    s.lines.push_back(plain_line("case.label.period", format_iso_date(p.start_date) + " – " + format_iso_date(p.end_date)));
    if (p.clock_paused)
        s.lines.push_back(key_line("case.label.clock", "case.value.clock_paused",
                                      {{"days", std::to_string(p.paused_working_days)}}));
    s.lines.push_back(text_line("case.label.notice", p.notice.title_zh, p.notice.title_en));
    s.lines.push_back(text_line("", p.notice.text_zh, p.notice.text_en));
    if (p.legal_deadline_extended_to)
        s.lines.push_back(plain_line("case.label.deadline_extended", format_iso_date(*p.legal_deadline_extended_to)));
    return s;
}

DetailSection decision(const CaseDecision& d) {
    DetailSection s{"case.section.decision", {}};
    s.lines.push_back(key_line("case.label.outcome", "case.outcome." + d.outcome));
    s.lines.push_back(text_line("case.label.document", d.document_title_zh + " " + d.document_no,
                                d.document_title_en + " " + d.document_no));
    s.lines.push_back(plain_line("case.label.decided_at", format_local_minute(d.decided_at)));
    if (!d.reason_zh.empty() || !d.reason_en.empty())
        s.lines.push_back(text_line("case.label.reason", d.reason_zh, d.reason_en));
    s.lines.push_back(key_line("case.label.on_time", d.within_legal_deadline ? "case.value.on_time" : "case.value.late"));
    if (!d.remedy_zh.empty() || !d.remedy_en.empty())
        s.lines.push_back(text_line("case.label.remedy", d.remedy_zh, d.remedy_en));
    return s;
}

DetailSection delivery(const CaseDelivery& d) {
    DetailSection s{"case.section.delivery", {}};
    s.lines.push_back(key_line("case.label.method", "case.delivery." + d.method));
    s.lines.push_back(plain_line("case.label.sent_at", format_local_minute(d.sent_at)));
    if (d.delivered_at) s.lines.push_back(plain_line("case.label.delivered_at", format_local_minute(*d.delivered_at)));
    if (d.pickup_place) add_place(s.lines, "case.label.pickup_at", *d.pickup_place);
    if (d.pickup_note_zh || d.pickup_note_en)
        s.lines.push_back(text_line("", d.pickup_note_zh.value_or(""), d.pickup_note_en.value_or("")));
    if (d.courier_company) s.lines.push_back(text_line("case.label.courier", *d.courier_company, *d.courier_company));
    if (d.waybill_no) s.lines.push_back(plain_line("case.label.waybill", *d.waybill_no));
    for (const auto& t : d.tracking)
        s.lines.push_back(text_line("", format_local_minute(t.at) + "  " + t.status_zh, format_local_minute(t.at) + "  " + t.status_en));
    if (d.pushed_to_zh || d.pushed_to_en)
        s.lines.push_back(text_line("case.label.pushed_to", d.pushed_to_zh.value_or(""), d.pushed_to_en.value_or("")));
    return s;
}

}  // namespace

std::vector<DetailSection> case_details(const CaseView& c) {
    std::vector<DetailSection> sections;
    if (c.pre_review) sections.push_back(pre_review(*c.pre_review));
    if (c.submission) sections.push_back(submission(*c.submission));
    if (c.refusal_of_acceptance) sections.push_back(refusal(*c.refusal_of_acceptance));
    if (c.receipt) sections.push_back(receipt(*c.receipt));
    if (c.correction) sections.push_back(correction(*c.correction));
    if (c.special_procedure) sections.push_back(special_procedure(*c.special_procedure));
    if (c.decision) sections.push_back(decision(*c.decision));
    if (c.delivery) sections.push_back(delivery(*c.delivery));
    return sections;
}

}  // namespace nanhai::kiosk::core
