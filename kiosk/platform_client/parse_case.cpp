#include "kiosk/platform_client/parse_case.hpp"

#include "kiosk/platform_client/json_reader.hpp"
#include "kiosk/platform_client/parse_case_details.hpp"

namespace nanhai::kiosk {
namespace {

NamedRef read_ref(JsonReader& r) { return NamedRef{r.string("code"), r.string("name_zh"), r.string("name_en")}; }

void read_public_fields(JsonReader& r, CaseSummary& c) {
    c.code = r.string("code");
    c.item = r.object<NamedRef>("item", read_ref);
    c.department = r.object<NamedRef>("department", read_ref);
    c.filed_date = r.date("filed_date");
    c.updated_at = r.instant("updated_at");
    c.stage = r.string("stage");
    c.stage_name_zh = r.string("stage_name_zh");
    c.stage_name_en = r.string("stage_name_en");
    c.status = r.string("status");
    c.status_zh = r.string("status_zh");
    c.status_en = r.string("status_en");
}

CaseSummary read_summary(JsonReader& r) {
    CaseSummary c;
    read_public_fields(r, c);
    return c;
}

StageTimestamp read_stage_timestamp(JsonReader& r) { return StageTimestamp{r.string("stage"), r.instant("at")}; }

void read_owner_details(JsonReader& r, CaseView& c) {
    c.applicant = r.optional_object<CaseApplicant>("applicant", read_case_applicant);
    c.hall_code = r.optional_string("hall_code");
    c.filed_at = r.optional_instant("filed_at");
    c.timeline = r.optional_list<CaseEvent>("timeline", read_case_event).value_or(std::vector<CaseEvent>{});
    c.pre_review = r.optional_object<CasePreReview>("pre_review", read_pre_review);
    c.submission = r.optional_object<CaseSubmission>("submission", read_submission);
    c.receipt = r.optional_object<CaseReceipt>("receipt", read_receipt);
    c.refusal_of_acceptance =
        r.optional_object<CaseRefusalOfAcceptance>("refusal_of_acceptance", read_refusal_of_acceptance);
    c.correction = r.optional_object<CaseCorrection>("correction", read_correction);
    c.special_procedure = r.optional_object<CaseSpecialProcedure>("special_procedure", read_special_procedure);
    c.decision = r.optional_object<CaseDecision>("decision", read_decision);
    c.delivery = r.optional_object<CaseDelivery>("delivery", read_delivery);
}

CaseView read_case(JsonReader& r) {
    CaseView c;
    read_public_fields(r, c);
    c.restricted = r.boolean("restricted");
    c.stage_timestamps = r.list<StageTimestamp>("stage_timestamps", read_stage_timestamp);
    if (!c.restricted) read_owner_details(r, c);
    return c;
}

ReceiptVerification read_verification(JsonReader& r) {
    ReceiptVerification v;
    v.valid = r.boolean("valid");
    v.type = r.optional_string("type");
    v.fields = r.optional_strings("fields").value_or(std::vector<std::string>{});
    v.case_code = r.optional_string("case_code");
    v.problem = r.optional_string("problem");
    return v;
}

}  // namespace

Result<CaseView, PlatformError> parse_case_view(const nlohmann::json& document) {
    auto parsed = read_document<CaseView>(document, "case", read_case);
    if (parsed) parsed->document = document;
    return parsed;
}

Result<Page<CaseSummary>, PlatformError> parse_case_page(const nlohmann::json& document) {
    return read_document<Page<CaseSummary>>(document, "cases", [](JsonReader& r) {
        return read_page<CaseSummary>(r, read_summary);
    });
}

Result<ReceiptVerification, PlatformError> parse_receipt_verification(const nlohmann::json& document) {
    return read_document<ReceiptVerification>(document, "receipt_verification", read_verification);
}

}  // namespace nanhai::kiosk
