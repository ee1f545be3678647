// Request bodies of POST /api/v1/sessions for each sign-in method (openapi.json SignInRequest).
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "kiosk/platform_client/session_types.hpp"

namespace nanhai::kiosk {

std::string_view id_card_type_name(IdCardType type);
nlohmann::json id_card_sign_in_body(const IdCardCredential& card);
nlohmann::json mobile_qr_sign_in_body(std::string_view token);
nlohmann::json enterprise_sign_in_body(const EnterpriseCredential& cert);

// Overwrites every string inside `value` (card data, tokens) before it is destroyed.
void wipe_json_strings(nlohmann::json& value);

}  // namespace nanhai::kiosk
