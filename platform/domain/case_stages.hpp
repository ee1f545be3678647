// The stage machine of a case (protocols.md §5, regulation art. 11-17, 22), pure and table
// driven so that the kiosk, the tests and this file agree on what may follow what.
//
// A case has a stage (the step of the procedure) and a status (where it stands inside that
// step). A staff event names the stage it enters; the status after it follows from the current
// status and, for stages with a choice, the verdict, method or outcome of the event:
//
//   status (current)        stage                  may be followed by (event stage)
//   ----------------------  ---------------------  ---------------------------------------------
//   applied                 apply                  pre_review
//   pre_review_passed       pre_review             submission
//   corrections_requested   pre_review             pre_review (re-reviewed after resubmission)
//   awaiting_materials      submission (on_site)   submission, acceptance, refusal_of_acceptance
//   materials_in_transit    submission (express)   submission, acceptance, refusal_of_acceptance
//   materials_submitted     submission (online)    acceptance, refusal_of_acceptance
//   accepted                acceptance             correction, special_procedure, decision
//   not_accepted            refusal_of_acceptance  archive
//   correction_requested    correction             correction (materials received)
//   correction_received     correction             correction, special_procedure, decision
//   clock_paused            special_procedure      decision
//   approved | refused      decision               settlement
//   settled                 settlement             delivery
//   awaiting_pickup         delivery (on_site)     delivered (picked up at the hall or kiosk)
//   in_transit              delivery (express)     delivery (tracking update), delivered
//   pushed                  delivery (online)      delivered
//   delivered               delivered              archive
//   archived                archive                -
//
// Choices: pre_review verdict complete -> pre_review_passed, incomplete -> corrections_requested;
// submission and delivery method on_site | express | online; decision outcome approve | refuse.
// A tracking update (delivery after in_transit) must keep the express method.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nanhai::platform {

struct CaseStatusInfo {
    std::string_view status;
    std::string_view stage;
    std::vector<std::string_view> next;  // stages an event may enter from this status
    std::string_view label_zh;           // for the citizen's screen
    std::string_view label_en;
};

const std::vector<CaseStatusInfo>& case_status_table();
// Every stage name, in procedure order.
const std::vector<std::string_view>& case_stages();
// nullptr for an unknown status.
const CaseStatusInfo* case_status_info(std::string_view status);

struct StageName {
    std::string_view zh;
    std::string_view en;
};
StageName stage_name(std::string_view stage);

bool transition_allowed(std::string_view from_status, std::string_view to_stage);
// The status after entering `to_stage` from `from_status` with `choice` (verdict, method or
// outcome; ignored by stages without one). nullopt: the transition or the choice is not allowed.
std::optional<std::string> status_after(std::string_view from_status, std::string_view to_stage,
                                        std::string_view choice);

}  // namespace nanhai::platform
