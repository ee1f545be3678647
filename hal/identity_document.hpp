// What an identity reader yields: a resident identity card of one of the four GA/T 467 card
// types, or an enterprise (or technician) certificate card. Personal data is held in
// SecureStrings and wiped when the document is destroyed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "common/secure_string.hpp"

namespace nanhai::hal {

enum class CardType {
    citizen,           // 居民身份证
    hk_mo_tw_permit,   // 'J' 港澳台居民居住证
    foreign_pr_2017,   // 'I' 外国人永久居留身份证 (2017)
    foreign_pr_2023,   // 'Y' 外国人永久居留身份证 (2023)
};

struct ResidentIdCard {
    CardType type = CardType::citizen;
    SecureString name;          // Chinese name (or the English name of a 2017 'I' card)
    SecureString name_en;       // foreign cards only
    SecureString sex;           // GB/T 2261.1 code: "1" male, "2" female
    SecureString nation;        // citizen cards: 2-digit nation code
    SecureString birth_date;    // YYYY-MM-DD
    SecureString address;
    SecureString id_number;     // citizen ID, permit or PR number
    SecureString issuer;
    SecureString valid_from;    // YYYY-MM-DD
    SecureString valid_to;      // YYYY-MM-DD, or "长期" for no expiry
    std::vector<std::uint8_t> photo_wlt;  // encrypted photo as read (decoder is pluggable)
    std::vector<std::uint8_t> photo_bmp;  // the decoded photo, when a decoder is configured
    ~ResidentIdCard();
};

enum class CertificateRole { enterprise, technician };

struct CertificateCard {
    CertificateRole role = CertificateRole::enterprise;
    SecureString credit_code;      // enterprise: unified social credit code
    SecureString enterprise_name;
    SecureString holder_name;
    std::string certificate_sha256;
};

using IdentityDocument = std::variant<ResidentIdCard, CertificateCard>;

}  // namespace nanhai::hal
