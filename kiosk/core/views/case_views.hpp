// Views of the case query (art. 11): the keypad, the applicant's own cases, and one case's
// stages with the owner's details.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kiosk/core/views/detail_section.hpp"

namespace nanhai::kiosk::core {

struct CaseQueryView {
    std::string typed;  // digits typed so far
    std::size_t length = 21;
    bool complete = false;  // 21 characters typed: keypad.ok enabled
    bool signed_in = false;  // offer "my cases"
};

struct CaseStageView {
    std::string stage;
    std::string at;  // "YYYY-MM-DD HH:MM", China time
};

struct CaseEventView {
    std::string stage;
    std::string status;
    std::string at;  // "YYYY-MM-DD HH:MM", China time
};

struct CaseTimelineView {
    std::string code;
    std::string item_zh, item_en;
    std::string department_zh, department_en;
    std::string stage, stage_zh, stage_en;
    std::string status, status_zh, status_en;
    std::string filed_date;  // YYYY-MM-DD
    std::string updated_at;  // "YYYY-MM-DD HH:MM", China time
    bool restricted = true;  // public fields only: not the owner's session
    std::vector<CaseStageView> stages;   // stage timestamps, in order
    std::vector<CaseEventView> events;   // the owner's timeline (empty when restricted)
    // The owner's details: pre-review problems, submission and next step, receipt, correction,
    // special procedure notice, decision, delivery with courier status.
    std::vector<DetailSection> details;
    int details_page = 0;
    bool has_receipt = false;   // offer case.print_receipt
    bool can_evaluate = false;  // decided, the owner signed in: offer case.evaluate
    bool can_pick_up = false;   // waiting for pickup on site: offer case.pickup
};

struct CaseRow {
    std::string code;
    std::string item_zh, item_en;
    std::string stage_zh, stage_en;
    std::string status_zh, status_en;
    std::string filed_date;
};

struct MyCasesView {  // "cases.mine"
    std::vector<CaseRow> cases;
    int page = 0;
};

}  // namespace nanhai::kiosk::core
