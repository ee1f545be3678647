// Keys and X.509 certificates made at test time with OpenSSL, for the certificate card tests:
// a CA per role, enterprise and technician certificates, and the bad ones (expired, untrusted,
// not for signing). Nothing secret is kept in the repository.
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

namespace nanhai::test {

enum class KeyKind { ec_p256, rsa2048 };

using Key = std::shared_ptr<EVP_PKEY>;
Key make_key(KeyKind kind);

struct Issued {
    std::vector<std::uint8_t> der;
    std::string pem;
    Key key;
};

struct CertSpec {
    std::string common_name;
    std::string organisation;             // subject O
    std::string organisation_identifier;  // subject organizationIdentifier, e.g. "NTRCN-9135..."
    KeyKind key_kind = KeyKind::ec_p256;
    std::time_t not_before = std::time(nullptr) - 86400;
    std::time_t not_after = std::time(nullptr) + 365 * 86400;
    bool digital_signature = true;        // keyUsage digitalSignature
};

Issued make_ca(const std::string& common_name);
Issued issue(const Issued& ca, const CertSpec& spec);

// The demo enterprise and technician of drivers/sim/demo_cards.cpp (credit code 91440605MA4W00003K).
CertSpec enterprise_spec();
CertSpec technician_spec();

}  // namespace nanhai::test
