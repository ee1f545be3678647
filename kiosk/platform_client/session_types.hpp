// Sign-in credentials the kiosk read from a card or QR code, and the session the platform
// answers with. The session token itself never appears here: PlatformClient keeps it.
#pragma once

#include <optional>
#include <string>

#include "common/civil_date.hpp"
#include "kiosk/platform_client/blacklist_types.hpp"

namespace nanhai::kiosk {

enum class IdCardType { citizen, hk_mo_tw_permit, foreign_pr_2017, foreign_pr_2023 };

// What the ID reader's SAM returned for the card (personal data: the caller wipes it).
struct IdCardCredential {
    IdCardType card_type = IdCardType::citizen;
    std::string id_number;
    std::string name;
    std::string valid_to;  // "YYYY-MM-DD" or "长期" (no expiry), as printed on the card
};

// An enterprise certificate card whose chain and challenge signature the kiosk has verified.
struct EnterpriseCredential {
    std::string credit_code;
    std::string enterprise_name;
    std::optional<std::string> holder_name;
    std::optional<std::string> certificate_sha256;
};

struct ApplicantView {
    std::string kind;         // person | enterprise
    std::string id_type;      // citizen_id | foreign_pr_2017 | credit_code
    std::string masked_id;    // already masked by the platform
    std::string masked_name;
    int auth_level = 0;       // 1-3
    std::string auth_method;  // id_card | mobile_qr | enterprise_cert
};

struct SessionInfo {
    ApplicantView applicant;
    BlacklistStatus blacklist;
    int services_unlocked = 0;
    Instant expires_at;
    std::optional<int> idle_timeout_seconds;  // given at sign-in
};

}  // namespace nanhai::kiosk
