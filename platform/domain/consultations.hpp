// Consultations (咨询) and complaints (投诉), art. 8: filed at a kiosk (signed in or anonymous),
// answered through the Nanhai hotline (南海民声热线) within rules.consultation_reply_working_days
// or rules.complaint_reply_working_days. Tickets: ZX (consultation) or TS (complaint) + YYYYMMDD
// + a 4-digit daily sequence. A complaint found false adds a conduct record (art. 25).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

// body {kind, subject, body, case_code?, contact_phone?}; the session, if any, owns the ticket.
Result<nlohmann::json, ApiError> file_consultation(RequestContext& ctx, const nlohmann::json& body);
// 422 for a malformed ticket, 404 unknown. The phone is masked; the body (and the reply of a
// signed-in filer) is shown only to the filer's session and to department desks.
Result<nlohmann::json, ApiError> consultation_view(RequestContext& ctx, const std::string& ticket);
Result<nlohmann::json, ApiError> list_consultations(RequestContext& ctx, std::int64_t applicant_id,
                                                    const PageRequest& page);
// Department: the hotline's reply (a later reply replaces an earlier one).
Result<nlohmann::json, ApiError> reply_consultation(RequestContext& ctx, const std::string& ticket,
                                                    const std::string& text);
// Department, complaints only: found_false records the false complaint against the filer.
Result<nlohmann::json, ApiError> record_complaint_finding(RequestContext& ctx,
                                                          const std::string& ticket,
                                                          bool found_false);

}  // namespace nanhai::platform
