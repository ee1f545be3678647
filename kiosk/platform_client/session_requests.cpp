#include "kiosk/platform_client/session_requests.hpp"

#include "kiosk/platform_client/secure_wipe.hpp"

namespace nanhai::kiosk {

std::string_view id_card_type_name(IdCardType type) {
    switch (type) {
        case IdCardType::citizen: return "citizen";
        case IdCardType::hk_mo_tw_permit: return "hk_mo_tw_permit";
        case IdCardType::foreign_pr_2017: return "foreign_pr_2017";
        case IdCardType::foreign_pr_2023: return "foreign_pr_2023";
    }
    return "citizen";
}

nlohmann::json id_card_sign_in_body(const IdCardCredential& card) {
    return {{"method", "id_card"},
            {"id_card",
             {{"card_type", id_card_type_name(card.card_type)},
              {"id_number", card.id_number},
              {"name", card.name},
              {"valid_to", card.valid_to}}}};
}

nlohmann::json mobile_qr_sign_in_body(std::string_view token) {
    return {{"method", "mobile_qr"}, {"token", token}};
}

nlohmann::json enterprise_sign_in_body(const EnterpriseCredential& cert) {
    nlohmann::json body{{"credit_code", cert.credit_code}, {"enterprise_name", cert.enterprise_name}};
    if (cert.holder_name) body["holder_name"] = *cert.holder_name;
    if (cert.certificate_sha256) body["certificate_sha256"] = *cert.certificate_sha256;
    return {{"method", "enterprise_cert"}, {"enterprise_cert", std::move(body)}};
}

void wipe_json_strings(nlohmann::json& value) {
    if (value.is_string()) {
        secure_wipe(value.get_ref<std::string&>());
        return;
    }
    if (value.is_structured())
        for (auto& child : value) wipe_json_strings(child);
}

}  // namespace nanhai::kiosk
