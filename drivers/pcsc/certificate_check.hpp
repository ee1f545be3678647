// What the kiosk checks about a certificate card before and after the PIN, with OpenSSL:
//   before: the certificate parses, chains to a configured CA, is valid today, has a key the
//   kiosk can verify (ECC P-256 or RSA 2048) and names its holder; the CA set that accepts it
//   gives the role (enterprise CAs: an enterprise with its credit code; technician CAs: a
//   technician of the kiosk's operator);
//   after: the card's signature over a fresh challenge verifies with the certificate's key,
//   which proves the card holds the private key (a copied certificate is not enough).
#pragma once

#include <cstdint>
#include <ctime>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "common/secure_string.hpp"
#include "drivers/pcsc/piv.hpp"
#include "hal/identity_document.hpp"

namespace nanhai::drivers::pcsc {

enum class CertificateProblem {
    malformed,        // not a DER certificate
    untrusted,        // no configured CA vouches for it (or a chain link's signature is wrong)
    expired,
    not_yet_valid,
    unsuitable,       // key type, key usage, or no credit code / holder name in the subject
};
std::string_view describe(CertificateProblem problem);

// The configured CA certificates, one set per role. Loaded once from PEM files.
class TrustStore {
public:
    static Result<TrustStore, std::string> from_pem(std::string_view enterprise_pem, std::string_view technician_pem);
    static Result<TrustStore, std::string> load(const std::vector<std::string>& enterprise_ca_files,
                                                const std::vector<std::string>& technician_ca_files);
    bool empty() const { return enterprise_count_ + technician_count_ == 0; }
    struct Stores;

private:
    std::shared_ptr<Stores> stores_;
    int enterprise_count_ = 0;
    int technician_count_ = 0;
    friend Result<struct CheckedCertificate, CertificateProblem> check_certificate(
        std::span<const std::uint8_t> der, const TrustStore& trust, std::time_t now, std::string* detail);
};

struct CheckedCertificate {
    hal::CertificateRole role = hal::CertificateRole::enterprise;
    piv::Algorithm algorithm = piv::Algorithm::ecc_p256;
    SecureString credit_code;      // enterprise certificates
    SecureString enterprise_name;  // subject O
    SecureString holder_name;      // subject CN
    std::string sha256_hex;        // of the DER, for the audit trail
    std::vector<std::uint8_t> der;
};

// Whose a certificate is, as a technician may see it without any CA: subject and issuer as
// "CN=陈*玲, O=..., serialNumber=9144**********003K" (a person's name and identifiers
// masked), the validity in China time, and whether it has ended or not begun.
struct CertificateSummary {
    std::string subject;
    std::string issuer;
    std::string not_before;  // "2026-01-01 08:00"
    std::string not_after;
    bool expired = false;
    bool not_yet_valid = false;
};
std::optional<CertificateSummary> summarize_certificate(std::span<const std::uint8_t> der, std::time_t now);

// `detail` (may be null) receives OpenSSL's reason, for logs.
Result<CheckedCertificate, CertificateProblem> check_certificate(std::span<const std::uint8_t> der,
                                                                  const TrustStore& trust, std::time_t now,
                                                                  std::string* detail = nullptr);

// 32 bytes from OpenSSL's CSPRNG.
std::vector<std::uint8_t> fresh_challenge();
std::vector<std::uint8_t> sha256(std::span<const std::uint8_t> bytes);
// What GENERAL AUTHENTICATE gets for a SHA-256 digest: the digest itself for ECC, the
// PKCS#1 v1.5 block (00 01 FF.. 00 DigestInfo digest) of the key's size for RSA.
std::vector<std::uint8_t> sign_input(piv::Algorithm algorithm, std::span<const std::uint8_t> digest);
bool signature_valid(const CheckedCertificate& certificate, std::span<const std::uint8_t> digest,
                     std::span<const std::uint8_t> signature);

}  // namespace nanhai::drivers::pcsc
