// What one staff event carries for each stage: reads and checks the stage fields of the request,
// and works out what the platform adds (next step of a submission, receipt with its deadlines and
// signed QR, special-procedure notice, decision documents, delivery details). Used by cases.cpp.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "platform/api/request_context.hpp"
#include "platform/domain/cases.hpp"
#include "platform/domain/catalogue.hpp"

namespace nanhai::platform {

struct StageOutcome {
    std::string choice;                                 // verdict, method or outcome
    nlohmann::json event = nlohmann::json::object();    // the timeline entry's data
    nlohmann::json updates = nlohmann::json::object();  // keys of cases.data to replace
};

// 422 naming the field for bad stage data. The transition itself is checked by the caller.
Result<StageOutcome, ApiError> stage_outcome(RequestContext& ctx, const Case& c,
                                             const ItemInfo& item, std::string_view stage,
                                             const nlohmann::json& body);

// The pickup confirmation of an on-site delivery (by the applicant at a kiosk or by staff).
nlohmann::json delivered_updates(const RequestContext& ctx, const Case& c,
                                 std::string_view confirmed_by);

}  // namespace nanhai::platform
