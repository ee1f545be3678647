#include "kiosk/platform_client/parse_evaluation.hpp"

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

Evaluation read_evaluation(JsonReader& r) {
    Evaluation e;
    e.id = r.integer("id");
    e.case_code = r.string("case_code");
    e.level = r.small_int("level");
    e.level_zh = r.string("level_zh");
    e.level_en = r.string("level_en");
    e.reasons = r.strings("reasons");
    e.comment = r.string("comment");
    e.at = r.instant("at");
    e.status = r.string("status");
    e.contest_evidence = r.optional_string("contest_evidence");
    e.department_code = r.string("department_code");
    if (r.ok() && (e.level < 1 || e.level > 5)) r.fail("level", "is not 1 to 5");
    return e;
}

}  // namespace

Result<Evaluation, PlatformError> parse_evaluation(const nlohmann::json& document) {
    return read_document<Evaluation>(document, "evaluation", read_evaluation);
}

}  // namespace nanhai::kiosk
