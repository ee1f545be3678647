// Certificate checks with OpenSSL (see certificate_check.hpp).
#include "drivers/pcsc/certificate_check.hpp"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <fstream>
#include <sstream>

#include "common/civil_date.hpp"
#include "common/credit_code.hpp"
#include "common/masking.hpp"
#include "common/hex.hpp"

namespace nanhai::drivers::pcsc {

struct TrustStore::Stores {
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> enterprise{X509_STORE_new(), X509_STORE_free};
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> technician{X509_STORE_new(), X509_STORE_free};
};

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

constexpr std::size_t kRsaBytes = 256;

// Adds every certificate in `pem` to `store`; returns how many.
Result<int, std::string> add_pem(X509_STORE* store, std::string_view pem, std::string_view name) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio{BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free};
    int count = 0;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store, cert);
        X509_free(cert);
        ++count;
    }
    if (count == 0 && !pem.empty()) return fail(std::string{name} + ": no PEM certificate");
    return count;
}

Result<std::string, std::string> read_file(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) return fail(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Result<std::string, std::string> read_all(const std::vector<std::string>& paths) {
    std::string all;
    for (const auto& path : paths) {
        auto text = read_file(path);
        if (!text) return fail(text.error());
        if (text->find("-----BEGIN CERTIFICATE-----") == std::string::npos) return fail(path + ": no PEM certificate");
        all += *text;
    }
    return all;
}

std::string subject_field(X509* cert, int nid) {
    X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0) return {};
    ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) return {};
    std::string out{reinterpret_cast<char*>(utf8), static_cast<std::size_t>(length)};
    OPENSSL_free(utf8);
    return out;
}

std::string utf8_of(ASN1_STRING* value) {
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) return {};
    std::string out{reinterpret_cast<char*>(utf8), static_cast<std::size_t>(length)};
    OPENSSL_free(utf8);
    return out;
}

// The RDNs in order, "SN=value" joined by ", "; with `mask`, a person's name (CN, GN, SN) and
// identifiers (serialNumber, organizationIdentifier, UID) masked. Issuers are CAs: not masked.
std::string name_text(X509_NAME* name, bool mask) {
    std::string out;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        std::string value = utf8_of(X509_NAME_ENTRY_get_data(entry));
        if (mask && (nid == NID_commonName || nid == NID_givenName || nid == NID_surname)) value = mask_name(value);
        if (mask && (nid == NID_serialNumber || nid == NID_organizationIdentifier || nid == NID_userId)) value = mask_identifier(value);
        const char* key = nid == NID_undef ? "?" : OBJ_nid2sn(nid);
        out += (out.empty() ? "" : ", ") + std::string{key} + "=" + value;
    }
    return out;
}

std::optional<std::string> china_minute(const ASN1_TIME* time) {
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1) return std::nullopt;
    return format_local_minute(Instant{std::chrono::seconds{timegm(&tm)}});
}

// "NTRCN-91350100M000100Y43" (ETSI EN 319 412-1 style) or the bare code.
std::optional<std::string> credit_code_in(std::string_view text) {
    if (text.size() > 18) text = text.substr(text.size() - 18);
    auto code = parse_credit_code(text);
    if (!code) return std::nullopt;
    return code->code;
}

std::optional<std::string> credit_code_of(X509* cert) {
    for (int nid : {NID_organizationIdentifier, NID_serialNumber})
        if (auto code = credit_code_in(subject_field(cert, nid))) return code;
    return std::nullopt;
}

// 0 when the chain verifies; else OpenSSL's error code.
int verify_against(X509_STORE* store, X509* cert, std::time_t now) {
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx{X509_STORE_CTX_new(), X509_STORE_CTX_free};
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store, cert, nullptr) != 1) return X509_V_ERR_UNSPECIFIED;
    X509_STORE_CTX_set_time(ctx.get(), 0, now);
    if (X509_verify_cert(ctx.get()) == 1) return X509_V_OK;
    return X509_STORE_CTX_get_error(ctx.get());
}

// The role of the CA set that vouches for the certificate; else the most telling error: a
// chain that is found but out of date says expired rather than untrusted.
Result<hal::CertificateRole, int> verify_role(const TrustStore::Stores& stores, X509* cert, std::time_t now) {
    const int as_enterprise = verify_against(stores.enterprise.get(), cert, now);
    if (as_enterprise == X509_V_OK) return hal::CertificateRole::enterprise;
    const int as_technician = verify_against(stores.technician.get(), cert, now);
    if (as_technician == X509_V_OK) return hal::CertificateRole::technician;
    for (int error : {as_enterprise, as_technician})
        if (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID) return fail(error);
    return fail(as_enterprise);
}

CertificateProblem problem_of(int error) {
    switch (error) {
        case X509_V_ERR_CERT_HAS_EXPIRED: return CertificateProblem::expired;
        case X509_V_ERR_CERT_NOT_YET_VALID: return CertificateProblem::not_yet_valid;
        default: return CertificateProblem::untrusted;
    }
}

std::optional<piv::Algorithm> algorithm_of(EVP_PKEY* key) {
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA && EVP_PKEY_get_bits(key) == 2048) return piv::Algorithm::rsa2048;
    if (EVP_PKEY_get_base_id(key) == EVP_PKEY_EC) {
        std::array<char, 64> group{};
        std::size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group.data(), group.size(), &length) == 1 &&
            std::string_view{group.data(), length} == "prime256v1")
            return piv::Algorithm::ecc_p256;
    }
    return std::nullopt;
}

X509Ptr parse_der(std::span<const std::uint8_t> der) {
    const unsigned char* p = der.data();
    X509Ptr cert{d2i_X509(nullptr, &p, static_cast<long>(der.size())), X509_free};
    if (cert && p != der.data() + der.size()) cert.reset();  // trailing bytes: not one certificate
    return cert;
}

}  // namespace

std::string_view describe(CertificateProblem problem) {
    switch (problem) {
        case CertificateProblem::malformed: return "the card's certificate cannot be read";
        case CertificateProblem::untrusted: return "the certificate is not issued by a trusted CA";
        case CertificateProblem::expired: return "the certificate has expired";
        case CertificateProblem::not_yet_valid: return "the certificate is not valid yet";
        case CertificateProblem::unsuitable: return "the certificate is not one for signing in here";
    }
    return "certificate problem";
}

Result<TrustStore, std::string> TrustStore::from_pem(std::string_view enterprise_pem, std::string_view technician_pem) {
    TrustStore trust;
    trust.stores_ = std::make_shared<Stores>();
    auto enterprise = add_pem(trust.stores_->enterprise.get(), enterprise_pem, "enterprise CA");
    if (!enterprise) return fail(enterprise.error());
    auto technician = add_pem(trust.stores_->technician.get(), technician_pem, "technician CA");
    if (!technician) return fail(technician.error());
    trust.enterprise_count_ = *enterprise;
    trust.technician_count_ = *technician;
    return trust;
}

Result<TrustStore, std::string> TrustStore::load(const std::vector<std::string>& enterprise_ca_files,
                                                 const std::vector<std::string>& technician_ca_files) {
    auto enterprise = read_all(enterprise_ca_files);
    if (!enterprise) return fail(enterprise.error());
    auto technician = read_all(technician_ca_files);
    if (!technician) return fail(technician.error());
    return from_pem(*enterprise, *technician);
}

Result<CheckedCertificate, CertificateProblem> check_certificate(std::span<const std::uint8_t> der,
                                                                  const TrustStore& trust, std::time_t now,
                                                                  std::string* detail) {
    const auto say = [detail](std::string text) {
        if (detail) *detail = std::move(text);
    };
    auto cert = parse_der(der);
    if (!cert || !trust.stores_) return fail(CertificateProblem::malformed);
    CheckedCertificate out;
    auto verdict = verify_role(*trust.stores_, cert.get(), now);
    if (!verdict) {
        say(X509_verify_cert_error_string(verdict.error()));
        return fail(problem_of(verdict.error()));
    }
    out.role = *verdict;
    KeyPtr key{X509_get_pubkey(cert.get()), EVP_PKEY_free};
    auto algorithm = key ? algorithm_of(key.get()) : std::nullopt;
    if (!algorithm) {
        say("key is neither ECC P-256 nor RSA 2048");
        return fail(CertificateProblem::unsuitable);
    }
    if (!(X509_get_key_usage(cert.get()) & KU_DIGITAL_SIGNATURE)) {
        say("key usage lacks digitalSignature");
        return fail(CertificateProblem::unsuitable);
    }
    out.algorithm = *algorithm;
    out.holder_name = subject_field(cert.get(), NID_commonName);
    out.enterprise_name = subject_field(cert.get(), NID_organizationName);
    if (out.role == hal::CertificateRole::enterprise) {
        auto code = credit_code_of(cert.get());
        if (!code || out.enterprise_name.empty()) {
            say("enterprise certificate without a valid credit code or organisation name");
            return fail(CertificateProblem::unsuitable);
        }
        out.credit_code = *code;
    } else if (out.holder_name.empty()) {
        say("technician certificate without a common name");
        return fail(CertificateProblem::unsuitable);
    }
    out.sha256_hex = to_hex(sha256(der));
    out.der.assign(der.begin(), der.end());
    return out;
}

std::optional<CertificateSummary> summarize_certificate(std::span<const std::uint8_t> der, std::time_t now) {
    auto cert = parse_der(der);
    if (!cert) return std::nullopt;
    CertificateSummary s;
    s.subject = name_text(X509_get_subject_name(cert.get()), true);
    s.issuer = name_text(X509_get_issuer_name(cert.get()), false);
    s.not_before = china_minute(X509_get0_notBefore(cert.get())).value_or("?");
    s.not_after = china_minute(X509_get0_notAfter(cert.get())).value_or("?");
    std::time_t at = now;
    s.expired = X509_cmp_time(X509_get0_notAfter(cert.get()), &at) < 0;
    s.not_yet_valid = X509_cmp_time(X509_get0_notBefore(cert.get()), &at) > 0;
    return s;
}

std::vector<std::uint8_t> fresh_challenge() {
    std::vector<std::uint8_t> out(32);
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1) out.clear();  // caller refuses an empty challenge
    return out;
}

std::vector<std::uint8_t> sha256(std::span<const std::uint8_t> bytes) {
    std::vector<std::uint8_t> out(32);
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), out.data(), &length, EVP_sha256(), nullptr);
    out.resize(length);
    return out;
}

std::vector<std::uint8_t> sign_input(piv::Algorithm algorithm, std::span<const std::uint8_t> digest) {
    if (algorithm == piv::Algorithm::ecc_p256) return {digest.begin(), digest.end()};
    static constexpr std::array<std::uint8_t, 19> kSha256DigestInfo{0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60,
                                                                     0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
                                                                     0x01, 0x05, 0x00, 0x04, 0x20};
    std::vector<std::uint8_t> block(kRsaBytes, 0xFF);
    block[0] = 0x00;
    block[1] = 0x01;
    const std::size_t tail = kSha256DigestInfo.size() + digest.size();
    block[kRsaBytes - tail - 1] = 0x00;
    std::copy(kSha256DigestInfo.begin(), kSha256DigestInfo.end(), block.end() - static_cast<std::ptrdiff_t>(tail));
    std::copy(digest.begin(), digest.end(), block.end() - static_cast<std::ptrdiff_t>(digest.size()));
    return block;
}

bool signature_valid(const CheckedCertificate& certificate, std::span<const std::uint8_t> digest,
                     std::span<const std::uint8_t> signature) {
    auto cert = parse_der(certificate.der);
    if (!cert || digest.size() != 32) return false;
    KeyPtr key{X509_get_pubkey(cert.get()), EVP_PKEY_free};
    if (!key) return false;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx{EVP_PKEY_CTX_new(key.get(), nullptr),
                                                                    EVP_PKEY_CTX_free};
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1) return false;
    if (certificate.algorithm == piv::Algorithm::rsa2048 &&
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return false;
    if (EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1) return false;
    return EVP_PKEY_verify(ctx.get(), signature.data(), signature.size(), digest.data(), digest.size()) == 1;
}

}  // namespace nanhai::drivers::pcsc
