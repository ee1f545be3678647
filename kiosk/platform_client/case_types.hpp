// A case (办件) looked up by its unified approval code (openapi.json Case). Typed: the fields
// every view carries. The stage details an owner sees (decision, delivery, timeline...) stay in
// `document` until the case screens need them typed.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "common/civil_date.hpp"
#include "kiosk/platform_client/named_ref.hpp"

namespace nanhai::kiosk {

struct CaseView {
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
    bool restricted = true;   // true: public fields only (not the owner's session)
    nlohmann::json document;  // the full answer
};

}  // namespace nanhai::kiosk
