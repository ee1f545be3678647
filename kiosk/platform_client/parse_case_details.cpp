#include "kiosk/platform_client/parse_case_details.hpp"

namespace nanhai::kiosk {
namespace {

CaseNextStep read_next_step(JsonReader& r) {
    CaseNextStep s;
    s.kind = r.string("kind");
    s.instructions_zh = r.string("instructions_zh");
    s.instructions_en = r.string("instructions_en");
    s.hall = r.optional_object<HallPlace>("hall", read_hall_place);
    s.bring_originals = r.optional_boolean("bring_originals").value_or(false);
    s.appointment_required = r.optional_boolean("appointment_required").value_or(false);
    s.courier_company = r.optional_string("courier_company");
    s.waybill_no = r.optional_string("waybill_no");
    s.courier_status = r.optional_string("courier_status");
    s.mail_to = r.optional_object<HallPlace>("mail_to", read_hall_place);
    return s;
}

CaseNotice read_notice(JsonReader& r) {
    return CaseNotice{r.string("title_zh"), r.string("title_en"), r.string("text_zh"),
                      r.string("text_en")};
}

CaseTracking read_tracking(JsonReader& r) {
    return CaseTracking{r.instant("at"), r.string("status_zh"), r.string("status_en")};
}

}  // namespace

HallPlace read_hall_place(JsonReader& r) {
    return HallPlace{r.string("code"), r.string("name_zh"), r.string("name_en"),
                     r.string("address_zh"), r.string("address_en")};
}

CaseProblem read_case_problem(JsonReader& r) {
    return CaseProblem{r.string("material"), r.string("problem_zh"), r.string("problem_en")};
}

CaseApplicant read_case_applicant(JsonReader& r) {
    return CaseApplicant{r.string("kind"), r.string("id_type"), r.string("masked_id"),
                         r.string("masked_name")};
}

CaseEvent read_case_event(JsonReader& r) {
    CaseEvent e;
    e.seq = r.small_int("seq");
    e.stage = r.string("stage");
    e.status = r.string("status");
    e.at = r.instant("at");
    e.terminal_id = r.string("terminal_id");
    e.data = r.raw("data");
    if (!e.data.is_object()) r.fail("data", "is not an object");
    return e;
}

CasePreReview read_pre_review(JsonReader& r) {
    CasePreReview p;
    p.verdict = r.string("verdict");
    p.problems = r.list<CaseProblem>("problems", read_case_problem);
    p.round = r.small_int("round");
    p.reviewed_at = r.instant("reviewed_at");
    p.one_time_notice = r.boolean("one_time_notice");
    return p;
}

CaseSubmission read_submission(JsonReader& r) {
    CaseSubmission s;
    s.method = r.string("method");
    s.submitted_at = r.instant("submitted_at");
    s.next_step = r.object<CaseNextStep>("next_step", read_next_step);
    return s;
}

CaseReceipt read_receipt(JsonReader& r) {
    CaseReceipt c;
    c.title_zh = r.string("title_zh");
    c.title_en = r.string("title_en");
    c.receipt_no = r.string("receipt_no");
    c.accepted_at = r.instant("accepted_at");
    c.legal_limit_working_days = r.small_int("legal_limit_working_days");
    c.promised_limit_working_days = r.small_int("promised_limit_working_days");
    c.legal_deadline = r.date("legal_deadline");
    c.promised_deadline = r.date("promised_deadline");
    c.qr_payload = r.string("qr_payload");
    return c;
}

CaseRefusalOfAcceptance read_refusal_of_acceptance(JsonReader& r) {
    CaseRefusalOfAcceptance d;
    d.document_title_zh = r.string("document_title_zh");
    d.document_title_en = r.string("document_title_en");
    d.document_no = r.string("document_no");
    d.reason_zh = r.string("reason_zh");
    d.reason_en = r.string("reason_en");
    d.decided_at = r.instant("decided_at");
    d.remedy_zh = r.string("remedy_zh");
    d.remedy_en = r.string("remedy_en");
    return d;
}

CaseCorrection read_correction(JsonReader& r) {
    CaseCorrection c;
    c.problems = r.list<CaseProblem>("problems", read_case_problem);
    c.requested_at = r.instant("requested_at");
    c.received_at = r.optional_instant("received_at");
    return c;
}

CaseSpecialProcedure read_special_procedure(JsonReader& r) {
    CaseSpecialProcedure p;
    p.kind = r.string("kind");
    p.kind_zh = r.string("kind_zh");
    p.start_date = r.date("start_date");
    p.end_date = r.date("end_date");
    p.clock_paused = r.boolean("clock_paused");
    p.paused_working_days = r.small_int("paused_working_days");
    p.notice = r.object<CaseNotice>("notice", read_notice);
    p.started_at = r.instant("started_at");
    p.ended_at = r.optional_instant("ended_at");
    p.legal_deadline_extended_to = r.optional_date("legal_deadline_extended_to");
    return p;
}

CaseDecision read_decision(JsonReader& r) {
    CaseDecision d;
    d.outcome = r.string("outcome");
    d.document_title_zh = r.string("document_title_zh");
    d.document_title_en = r.string("document_title_en");
    d.document_no = r.string("document_no");
    d.reason_zh = r.string("reason_zh");
    d.reason_en = r.string("reason_en");
    d.decided_at = r.instant("decided_at");
    d.within_legal_deadline = r.boolean("within_legal_deadline");
    d.remedy_zh = r.string("remedy_zh");
    d.remedy_en = r.string("remedy_en");
    return d;
}

CaseDelivery read_delivery(JsonReader& r) {
    CaseDelivery d;
    d.method = r.string("method");
    d.sent_at = r.instant("sent_at");
    d.delivered_at = r.optional_instant("delivered_at");
    d.confirmed_by = r.optional_string("confirmed_by");
    d.pickup_place = r.optional_object<HallPlace>("pickup_place", read_hall_place);
    d.pickup_note_zh = r.optional_string("pickup_note_zh");
    d.pickup_note_en = r.optional_string("pickup_note_en");
    d.courier_company = r.optional_string("courier_company");
    d.waybill_no = r.optional_string("waybill_no");
    d.tracking = r.optional_list<CaseTracking>("tracking", read_tracking)
                     .value_or(std::vector<CaseTracking>{});
    d.pushed_to_zh = r.optional_string("pushed_to_zh");
    d.pushed_to_en = r.optional_string("pushed_to_en");
    return d;
}

}  // namespace nanhai::kiosk
