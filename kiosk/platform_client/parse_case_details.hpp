// JSON -> the owner's stage details of a case (case_detail_types.hpp). Readers for parse_case.cpp:
// required fields are those the platform always writes for the stage (openapi.json Case*).
#pragma once

#include "kiosk/platform_client/case_detail_types.hpp"
#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {

HallPlace read_hall_place(JsonReader& reader);
CaseProblem read_case_problem(JsonReader& reader);
CaseApplicant read_case_applicant(JsonReader& reader);
CaseEvent read_case_event(JsonReader& reader);
CasePreReview read_pre_review(JsonReader& reader);
CaseSubmission read_submission(JsonReader& reader);
CaseReceipt read_receipt(JsonReader& reader);
CaseRefusalOfAcceptance read_refusal_of_acceptance(JsonReader& reader);
CaseCorrection read_correction(JsonReader& reader);
CaseSpecialProcedure read_special_procedure(JsonReader& reader);
CaseDecision read_decision(JsonReader& reader);
CaseDelivery read_delivery(JsonReader& reader);

}  // namespace nanhai::kiosk
