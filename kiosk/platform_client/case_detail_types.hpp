// What the owner of a case (or the handling desk) sees beyond the public fields, one struct per
// stage's data (openapi.json Case*; platform/domain/case_stage_data.cpp writes them). Texts come
// in Chinese and English, ready to show.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"

namespace nanhai::kiosk {

// A hall as a place to go to or send to.
struct HallPlace {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::string address_zh;
    std::string address_en;
};

// One entry of the one-time list of problems (一次性告知, art. 12).
struct CaseProblem {
    std::string material;
    std::string problem_zh;
    std::string problem_en;
};

struct CaseApplicant {
    std::string kind;     // person | enterprise
    std::string id_type;  // citizen_id | credit_code | ...
    std::string masked_id;
    std::string masked_name;
};

// One step of the case's history, oldest first.
struct CaseEvent {
    int seq = 0;
    std::string stage;
    std::string status;  // the status the step led to
    Instant at;
    std::string terminal_id;
    nlohmann::json data = nlohmann::json::object();  // the stage data of the step
};

struct CasePreReview {
    std::string verdict;  // complete | incomplete
    std::vector<CaseProblem> problems;
    int round = 1;
    Instant reviewed_at;
    bool one_time_notice = false;  // the list is complete
};

// What the applicant does next after choosing how to hand in the materials.
struct CaseNextStep {
    std::string kind;  // on_site | express | online
    std::string instructions_zh;
    std::string instructions_en;
    std::optional<HallPlace> hall;  // on_site: where to bring the originals
    bool bring_originals = false;
    bool appointment_required = false;
    std::optional<std::string> courier_company;  // express
    std::optional<std::string> waybill_no;
    std::optional<std::string> courier_status;  // ordered | picked_up | in_transit | signed
    std::optional<HallPlace> mail_to;
};

struct CaseSubmission {
    std::string method;  // on_site | express | online
    Instant submitted_at;
    CaseNextStep next_step;
};

// 受理回执 (art. 14): the legal clock starts on the acceptance date.
struct CaseReceipt {
    std::string title_zh;
    std::string title_en;
    std::string receipt_no;  // NHSL + YYYYMMDD + 5 digits
    Instant accepted_at;
    int legal_limit_working_days = 0;
    int promised_limit_working_days = 0;
    Date legal_deadline;
    Date promised_deadline;
    std::string qr_payload;  // signed; verify_receipt checks it
};

// 不予受理决定书, with how to challenge it.
struct CaseRefusalOfAcceptance {
    std::string document_title_zh;
    std::string document_title_en;
    std::string document_no;
    std::string reason_zh;
    std::string reason_en;
    Instant decided_at;
    std::string remedy_zh;
    std::string remedy_en;
};

// 补正: requested with the list of problems; received_at once the applicant has corrected.
struct CaseCorrection {
    std::vector<CaseProblem> problems;
    Instant requested_at;
    std::optional<Instant> received_at;
};

struct CaseNotice {
    std::string title_zh;
    std::string title_en;
    std::string text_zh;
    std::string text_en;
};

// 特别程序 (art. 15): its days do not count towards the legal time limit.
struct CaseSpecialProcedure {
    std::string kind;  // hearing | testing | quarantine | appraisal | expert_review | ...
    std::string kind_zh;
    Date start_date;
    Date end_date;
    bool clock_paused = false;
    int paused_working_days = 0;
    CaseNotice notice;
    Instant started_at;
    std::optional<Instant> ended_at;
    std::optional<Date> legal_deadline_extended_to;
};

struct CaseDecision {
    std::string outcome;  // approve | refuse
    std::string document_title_zh;
    std::string document_title_en;
    std::string document_no;
    std::string reason_zh;  // empty for most approvals
    std::string reason_en;
    Instant decided_at;
    bool within_legal_deadline = true;
    std::string remedy_zh;  // a refusal's way to challenge it; empty for an approval
    std::string remedy_en;
};

struct CaseTracking {
    Instant at;
    std::string status_zh;
    std::string status_en;
};

// How the result reaches the applicant; the fields of the other methods stay empty.
struct CaseDelivery {
    std::string method;  // on_site | express | online
    Instant sent_at;
    std::optional<Instant> delivered_at;
    std::optional<std::string> confirmed_by;  // applicant_at_kiosk | department
    std::optional<HallPlace> pickup_place;    // on_site
    std::optional<std::string> pickup_note_zh;
    std::optional<std::string> pickup_note_en;
    std::optional<std::string> courier_company;  // express
    std::optional<std::string> waybill_no;
    std::vector<CaseTracking> tracking;       // oldest first
    std::optional<std::string> pushed_to_zh;  // online
    std::optional<std::string> pushed_to_en;
};

}  // namespace nanhai::kiosk
