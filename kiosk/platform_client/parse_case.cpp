#include "kiosk/platform_client/parse_case.hpp"

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

NamedRef read_ref(JsonReader& r) { return NamedRef{r.string("code"), r.string("name_zh"), r.string("name_en")}; }

CaseView read_case(JsonReader& r) {
    CaseView c;
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
    c.restricted = r.boolean("restricted");
    return c;
}

}  // namespace

Result<CaseView, PlatformError> parse_case_view(const nlohmann::json& document) {
    auto parsed = read_document<CaseView>(document, "case", read_case);
    if (parsed) parsed->document = document;
    return parsed;
}

}  // namespace nanhai::kiosk
