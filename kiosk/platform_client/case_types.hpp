// A case (办件) by its unified approval code (openapi.json Case, CaseSummary). Every view carries
// the public fields; the owner's session (or the handling desk) also gets the typed stage
// details (case_detail_types.hpp). `document` keeps the whole answer for anything not typed
// (settlement, archive).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"
#include "kiosk/platform_client/case_detail_types.hpp"
#include "kiosk/platform_client/named_ref.hpp"

namespace nanhai::kiosk {

// The public fields: what anyone with the code sees, and one row of the owner's case list.
struct CaseSummary {
    std::string code;  // the approval code
    NamedRef item;
    NamedRef department;
    Date filed_date;
    Instant updated_at;
    std::string stage;
    std::string stage_name_zh;
    std::string stage_name_en;
    std::string status;
    std::string status_zh;
    std::string status_en;
};

struct StageTimestamp {
    std::string stage;
    Instant at;
};

struct CaseView : CaseSummary {
    bool restricted = true;  // true: public fields only (not the owner's session)
    std::vector<StageTimestamp> stage_timestamps;

    // The owner's details: empty / nullopt when `restricted`, and for stages not reached.
    std::optional<CaseApplicant> applicant;
    std::optional<std::string> hall_code;
    std::optional<Instant> filed_at;
    std::vector<CaseEvent> timeline;  // oldest first
    std::optional<CasePreReview> pre_review;
    std::optional<CaseSubmission> submission;
    std::optional<CaseReceipt> receipt;
    std::optional<CaseRefusalOfAcceptance> refusal_of_acceptance;
    std::optional<CaseCorrection> correction;
    std::optional<CaseSpecialProcedure> special_procedure;
    std::optional<CaseDecision> decision;
    std::optional<CaseDelivery> delivery;

    nlohmann::json document;  // the full answer
};

// What the platform says of a scanned receipt QR: signed by its receipt key or not.
struct ReceiptVerification {
    bool valid = false;
    std::optional<std::string> type;       // "R" for a receipt
    std::vector<std::string> fields;       // case code, receipt no, YYYYMMDD, item code
    std::optional<std::string> case_code;  // a valid receipt's case
    std::optional<std::string> problem;    // why it is not valid
};

}  // namespace nanhai::kiosk
