// Test-time PKI (see test_pki.hpp).
#include "tests/support/test_pki.hpp"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace nanhai::test {
namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

void require(bool ok, const char* what) {
    if (!ok) throw std::runtime_error(std::string{"test PKI: "} + what);
}

void add_name(X509_NAME* name, int nid, const std::string& value) {
    if (value.empty()) return;
    require(X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.data()),
                                       static_cast<int>(value.size()), -1, 0) == 1,
            "name entry");
}

void add_extension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    require(ext != nullptr, "extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

Issued finish(X509* cert, const Key& key) {
    Issued out;
    out.key = key;
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    require(length > 0, "DER");
    out.der.assign(der, der + length);
    OPENSSL_free(der);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio{BIO_new(BIO_s_mem()), BIO_free};
    PEM_write_bio_X509(bio.get(), cert);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    out.pem.assign(data, static_cast<std::size_t>(size));
    return out;
}

X509Ptr new_cert(const Key& subject_key, std::time_t not_before, std::time_t not_after) {
    X509Ptr cert{X509_new(), X509_free};
    static long serial = 1000;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    X509_time_adj_ex(X509_getm_notBefore(cert.get()), 0, 0, &not_before);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), 0, 0, &not_after);
    X509_set_pubkey(cert.get(), subject_key.get());
    return cert;
}

}  // namespace

Key make_key(KeyKind kind) {
    EVP_PKEY* key = kind == KeyKind::ec_p256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048);
    require(key != nullptr, "key generation");
    return Key{key, EVP_PKEY_free};
}

Issued make_ca(const std::string& common_name) {
    auto key = make_key(KeyKind::ec_p256);
    const std::time_t now = std::time(nullptr);
    auto cert = new_cert(key, now - 365 * 86400, now + 10 * 365 * 86400);
    X509_NAME* name = X509_get_subject_name(cert.get());
    add_name(name, NID_commonName, common_name);
    add_name(name, NID_organizationName, "Nanhai kiosk test PKI");
    X509_set_issuer_name(cert.get(), name);
    add_extension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    add_extension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    add_extension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    require(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "CA signature");
    return finish(cert.get(), key);
}

Issued issue(const Issued& ca, const CertSpec& spec) {
    auto key = make_key(spec.key_kind);
    auto cert = new_cert(key, spec.not_before, spec.not_after);
    X509_NAME* name = X509_get_subject_name(cert.get());
    add_name(name, NID_commonName, spec.common_name);
    add_name(name, NID_organizationName, spec.organisation);
    add_name(name, NID_organizationIdentifier, spec.organisation_identifier);
    const unsigned char* p = ca.der.data();
    X509Ptr issuer{d2i_X509(nullptr, &p, static_cast<long>(ca.der.size())), X509_free};
    require(issuer != nullptr, "issuer");
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer.get()));
    add_extension(cert.get(), issuer.get(), NID_basic_constraints, "critical,CA:FALSE");
    add_extension(cert.get(), issuer.get(), NID_key_usage,
                  spec.digital_signature ? "critical,digitalSignature" : "critical,keyEncipherment");
    add_extension(cert.get(), issuer.get(), NID_authority_key_identifier, "keyid:always");
    require(X509_sign(cert.get(), ca.key.get(), EVP_sha256()) > 0, "certificate signature");
    return finish(cert.get(), key);
}

CertSpec enterprise_spec() {
    CertSpec spec;
    spec.common_name = "陈美玲";
    spec.organisation = "佛山市南海区美玲食品有限公司";
    spec.organisation_identifier = "NTRCN-91440605MA4W00003K";
    return spec;
}

CertSpec technician_spec() {
    CertSpec spec;
    spec.common_name = "梁志明";
    spec.organisation = "佛山市南海区政务服务数据管理局";
    return spec;
}

}  // namespace nanhai::test
